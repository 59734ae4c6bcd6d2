<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>ActionPlanModel</name>
        <message numerus="yes">
            <source>Still open %n day(s) after its due date</source>
            <translation>
                <numerusform>Still open %n day after its due date</numerusform>
                <numerusform>Still open %n days after its due date</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ActionPlanView</name>
        <message numerus="yes">
            <source>%n action(s)</source>
            <translation>
                <numerusform>%n action</numerusform>
                <numerusform>%n actions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n overdue</source>
            <translation>
                <numerusform>%n overdue</numerusform>
                <numerusform>%n overdue</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AssessmentActions</name>
        <message numerus="yes">
            <source>Delete {unit} with its %n round(s), their answers, notes and respondents?

This cannot be undone.</source>
            <translation>
                <numerusform>Delete {unit} with its %n round, their answers, notes and respondents?

This cannot be undone.</numerusform>
                <numerusform>Delete {unit} with its %n rounds, their answers, notes and respondents?

This cannot be undone.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n answer(s) carried forward: confirm (Alt+C) or change each one.</source>
            <translation>
                <numerusform>%n answer carried forward: confirm (Alt+C) or change each one.</numerusform>
                <numerusform>%n answers carried forward: confirm (Alt+C) or change each one.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Not confirmed yet: %n answer(s) carried forward from an earlier round, counted as unanswered.</source>
            <translation>
                <numerusform>Not confirmed yet: %n answer carried forward from an earlier round, counted as unanswered.</numerusform>
                <numerusform>Not confirmed yet: %n answers carried forward from an earlier round, counted as unanswered.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n criterion(s) are still flagged for discussion.</source>
            <translation>
                <numerusform>%n criterion is still flagged for discussion.</numerusform>
                <numerusform>%n criteria are still flagged for discussion.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n criterion(s) are still unanswered.</source>
            <translation>
                <numerusform>%n criterion is still unanswered.</numerusform>
                <numerusform>%n criteria are still unanswered.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Besides those, %n criterion(s) are still unanswered.</source>
            <translation>
                <numerusform>Besides those, %n criterion is still unanswered.</numerusform>
                <numerusform>Besides those, %n criteria are still unanswered.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Upgraded to version {version}: %n criterion(s) to answer again.</source>
            <translation>
                <numerusform>Upgraded to version {version}: %n criterion to answer again.</numerusform>
                <numerusform>Upgraded to version {version}: %n criteria to answer again.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Upgraded to version {version}: %n criterion(s) to answer again. The data as it was before is kept in the backup {file}.</source>
            <translation>
                <numerusform>Upgraded to version {version}: %n criterion to answer again. The data as it was before is kept in the backup {file}.</numerusform>
                <numerusform>Upgraded to version {version}: %n criteria to answer again. The data as it was before is kept in the backup {file}.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Backups</name>
        <message numerus="yes">
            <source>%n units</source>
            <translation>
                <numerusform>%n unit</numerusform>
                <numerusform>%n units</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n rounds</source>
            <translation>
                <numerusform>%n round</numerusform>
                <numerusform>%n rounds</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n answers</source>
            <translation>
                <numerusform>%n answer</numerusform>
                <numerusform>%n answers</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CompareWindow</name>
        <message numerus="yes">
            <source>The %n file(s) read and the aliases you gave are not kept: to compare them again, add them again.</source>
            <translation>
                <numerusform>The %n file read and the aliases you gave are not kept: to compare them again, add them again.</numerusform>
                <numerusform>The %n files read and the aliases you gave are not kept: to compare them again, add them again.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CriterionPage</name>
        <message numerus="yes">
            <source>Confirm all %n in standard {number}</source>
            <translation>
                <numerusform>Confirm all %n in standard {number}</numerusform>
                <numerusform>Confirm all %n in standard {number}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DisagreementView</name>
        <message numerus="yes">
            <source>Needs discussion (%n criteria)</source>
            <translation>
                <numerusform>Needs discussion (%n criterion)</numerusform>
                <numerusform>Needs discussion (%n criteria)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FileListInput</name>
        <message numerus="yes">
            <source>%n file(s) skipped: only Excel workbooks (.xlsx) can be imported ({files}).</source>
            <translation>
                <numerusform>%n file skipped: only Excel workbooks (.xlsx) can be imported ({files}).</numerusform>
                <numerusform>%n files skipped: only Excel workbooks (.xlsx) can be imported ({files}).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Import</name>
        <message numerus="yes">
            <source>%n new units</source>
            <translation>
                <numerusform>%n new unit</numerusform>
                <numerusform>%n new units</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new rounds</source>
            <translation>
                <numerusform>%n new round</numerusform>
                <numerusform>%n new rounds</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n rounds replaced</source>
            <translation>
                <numerusform>%n round replaced</numerusform>
                <numerusform>%n rounds replaced</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n rounds kept as imported copies</source>
            <translation>
                <numerusform>%n round kept as imported copies</numerusform>
                <numerusform>%n rounds kept as imported copies</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n conflicting rounds skipped</source>
            <translation>
                <numerusform>%n conflicting round skipped</numerusform>
                <numerusform>%n conflicting rounds skipped</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n rounds unchanged</source>
            <translation>
                <numerusform>%n round unchanged</numerusform>
                <numerusform>%n rounds unchanged</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new events</source>
            <translation>
                <numerusform>%n new event</numerusform>
                <numerusform>%n new events</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new actions</source>
            <translation>
                <numerusform>%n new action</numerusform>
                <numerusform>%n new actions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n actions replaced</source>
            <translation>
                <numerusform>%n action replaced</numerusform>
                <numerusform>%n actions replaced</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n actions kept as imported copies</source>
            <translation>
                <numerusform>%n action kept as imported copies</numerusform>
                <numerusform>%n actions kept as imported copies</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n conflicting actions skipped</source>
            <translation>
                <numerusform>%n conflicting action skipped</numerusform>
                <numerusform>%n conflicting actions skipped</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImprovementActions</name>
        <message numerus="yes">
            <source>Review saved: %n action(s) updated.</source>
            <translation>
                <numerusform>Review saved: %n action updated.</numerusform>
                <numerusform>Review saved: %n actions updated.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LiveRefresh</name>
        <message numerus="yes">
            <source>Answers updated from another computer: %n</source>
            <translation>
                <numerusform>Answers updated from another computer: %n</numerusform>
                <numerusform>Answers updated from another computer: %n</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>NavigatorPanel</name>
        <message numerus="yes">
            <source>Confirm &amp;all in standard {number} (%n to confirm)</source>
            <translation>
                <numerusform>Confirm &amp;all in standard {number} (%n to confirm)</numerusform>
                <numerusform>Confirm &amp;all in standard {number} (%n to confirm)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PresenterWindow</name>
        <message numerus="yes">
            <source>%n criterion(s)</source>
            <translation>
                <numerusform>%n criterion</numerusform>
                <numerusform>%n criteria</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RespondentsDialog</name>
        <message numerus="yes">
            <source>Remove {alias} and the %n answer(s) they gave, with their notes?

This cannot be undone.</source>
            <translation>
                <numerusform>Remove {alias} and the %n answer they gave, with their notes?

This cannot be undone.</numerusform>
                <numerusform>Remove {alias} and the %n answers they gave, with their notes?

This cannot be undone.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RespondentsTableModel</name>
        <message numerus="yes">
            <source>%n answer(s)</source>
            <translation>
                <numerusform>%n answer</numerusform>
                <numerusform>%n answers</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ResultsView</name>
        <message numerus="yes">
            <source>and %n more</source>
            <translation>
                <numerusform>and %n more</numerusform>
                <numerusform>and %n more</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Newly met: %n criteria</source>
            <translation>
                <numerusform>Newly met: %n criterion</numerusform>
                <numerusform>Newly met: %n criteria</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>No longer met: %n criteria</source>
            <translation>
                <numerusform>No longer met: %n criterion</numerusform>
                <numerusform>No longer met: %n criteria</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Still not met: %n criteria</source>
            <translation>
                <numerusform>Still not met: %n criterion</numerusform>
                <numerusform>Still not met: %n criteria</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Changed meaning in the new version of the standards, not compared: %n criteria</source>
            <translation>
                <numerusform>Changed meaning in the new version of the standards, not compared: %n criterion</numerusform>
                <numerusform>Changed meaning in the new version of the standards, not compared: %n criteria</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReviewDialog</name>
        <message numerus="yes">
            <source>A new round has started. {unit} has %n open action(s) from earlier rounds: what became of each? “Carry on” leaves an action as it is; “Partly” keeps it in progress with a note on what is left.</source>
            <translation>
                <numerusform>A new round has started. {unit} has %n open action from earlier rounds: what became of each? “Carry on” leaves an action as it is; “Partly” keeps it in progress with a note on what is left.</numerusform>
                <numerusform>A new round has started. {unit} has %n open actions from earlier rounds: what became of each? “Carry on” leaves an action as it is; “Partly” keeps it in progress with a note on what is left.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RoundView</name>
        <message numerus="yes">
            <source>Confirmed %n answer(s) carried forward: counted in the score from now on.</source>
            <translation>
                <numerusform>Confirmed %n answer carried forward: counted in the score from now on.</numerusform>
                <numerusform>Confirmed %n answers carried forward: counted in the score from now on.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StandardsBrowser</name>
        <message numerus="yes">
            <source>%n criterion(s) in this standard.</source>
            <translation>
                <numerusform>%n criterion in this standard.</numerusform>
                <numerusform>%n criteria in this standard.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n text(s) missing a translation</source>
            <translation>
                <numerusform>%n text missing a translation</numerusform>
                <numerusform>%n texts missing a translation</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SummaryHeader</name>
        <message numerus="yes">
            <source>met of %n answered so far</source>
            <translation>
                <numerusform>met of %n answered so far</numerusform>
                <numerusform>met of %n answered so far</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n not applicable</source>
            <translation>
                <numerusform>%n not applicable</numerusform>
                <numerusform>%n not applicable</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n unanswered</source>
            <translation>
                <numerusform>%n unanswered</numerusform>
                <numerusform>%n unanswered</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>↻ %n answer(s) to confirm</source>
            <translation>
                <numerusform>↻ %n answer to confirm</numerusform>
                <numerusform>↻ %n answers to confirm</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>UpgradeDialog</name>
        <message numerus="yes">
            <source>&amp;Kept: %n answer(s)</source>
            <translation>
                <numerusform>&amp;Kept: %n answer</numerusform>
                <numerusform>&amp;Kept: %n answers</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>&amp;To answer again: %n criterion(s)</source>
            <translation>
                <numerusform>&amp;To answer again: %n criterion</numerusform>
                <numerusform>&amp;To answer again: %n criteria</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>&amp;Leaving the round: %n retired criterion(s)</source>
            <translation>
                <numerusform>&amp;Leaving the round: %n retired criterion</numerusform>
                <numerusform>&amp;Leaving the round: %n retired criteria</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n answer(s) removed</source>
            <translation>
                <numerusform>%n answer removed</numerusform>
                <numerusform>%n answers removed</numerusform>
            </translation>
        </message>
    </context>
</TS>

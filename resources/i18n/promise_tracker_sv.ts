<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About {app}</source>
            <translation>Om {app}</translation>
        </message>
        <message>
            <source>{app} helps a Barnahus team assess its work against the Barnahus Quality Standards, one criterion at a time, and see how it develops from one round to the next. It works without an internet connection and keeps every answer in a database on this computer; nothing is sent anywhere.</source>
            <translation>{app} hjälper ett Barnahusteam att bedöma sitt arbete mot kvalitetsstandarderna för Barnahus, ett kriterium i taget, och att följa utvecklingen från en bedömningsomgång till nästa. Programmet fungerar utan internetanslutning och sparar alla svar i en databas på den här datorn; ingenting skickas någonstans.</translation>
        </message>
        <message>
            <source>Python:</source>
            <translation>Python:</translation>
        </message>
        <message>
            <source>Python</source>
            <translation>Python</translation>
        </message>
        <message>
            <source>Qt:</source>
            <translation>Qt:</translation>
        </message>
        <message>
            <source>Qt</source>
            <translation>Qt</translation>
        </message>
        <message>
            <source>PySide6:</source>
            <translation>PySide6:</translation>
        </message>
        <message>
            <source>PySide6</source>
            <translation>PySide6</translation>
        </message>
        <message>
            <source>Data folder</source>
            <translation>Datamapp</translation>
        </message>
        <message>
            <source>Data folder:</source>
            <translation>Datamapp:</translation>
        </message>
        <message>
            <source>Log folder</source>
            <translation>Loggmapp</translation>
        </message>
        <message>
            <source>Log folder:</source>
            <translation>Loggmapp:</translation>
        </message>
        <message>
            <source>Standards packs</source>
            <translation>Standardpaket</translation>
        </message>
        <message>
            <source>Installed standards packs</source>
            <translation>Installerade standardpaket</translation>
        </message>
        <message>
            <source>Copy status</source>
            <translation>Kopieringsstatus</translation>
        </message>
        <message>
            <source>&amp;Copy details</source>
            <translation>&amp;Kopiera uppgifter</translation>
        </message>
        <message>
            <source>Copy details</source>
            <translation>Kopiera uppgifter</translation>
        </message>
        <message>
            <source>Copy the versions and folders, to paste into a message for support.</source>
            <translation>Kopiera versioner och mappar för att klistra in i ett meddelande till supporten.</translation>
        </message>
        <message>
            <source>{tip} ({shortcut})</source>
            <translation>{tip} ({shortcut})</translation>
        </message>
        <message>
            <source>{app} logo</source>
            <translation>Logotyp för {app}</translation>
        </message>
        <message>
            <source>Version {version}</source>
            <translation>Version {version}</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>No standards pack is installed.</source>
            <translation>Inget standardpaket är installerat.</translation>
        </message>
        <message>
            <source>Packs that could not be loaded:</source>
            <translation>Paket som inte kunde läsas in:</translation>
        </message>
        <message>
            <source>Pack problem</source>
            <translation>Problem med paket</translation>
        </message>
        <message>
            <source>Pack title</source>
            <translation>Paketets titel</translation>
        </message>
        <message>
            <source>Version {version} · identifier {id} · content {hash}</source>
            <translation>Version {version} · id {id} · innehåll {hash}</translation>
        </message>
        <message>
            <source>Pack version</source>
            <translation>Paketversion</translation>
        </message>
        <message>
            <source>Provenance of the pack</source>
            <translation>Paketets ursprung</translation>
        </message>
        <message>
            <source>Source: {citation}</source>
            <translation>Källa: {citation}</translation>
        </message>
        <message>
            <source>{citation}
{url}</source>
            <translation>{citation}
{url}</translation>
        </message>
        <message>
            <source>Source of the pack</source>
            <translation>Paketets källa</translation>
        </message>
        <message>
            <source>{app} {version}</source>
            <translation>{app} {version}</translation>
        </message>
        <message>
            <source>Python {version}</source>
            <translation>Python {version}</translation>
        </message>
        <message>
            <source>Qt {version}</source>
            <translation>Qt {version}</translation>
        </message>
        <message>
            <source>PySide6 {version}</source>
            <translation>PySide6 {version}</translation>
        </message>
        <message>
            <source>System: {system}</source>
            <translation>System: {system}</translation>
        </message>
        <message>
            <source>Data folder: {folder}</source>
            <translation>Datamapp: {folder}</translation>
        </message>
        <message>
            <source>Log folder: {folder}</source>
            <translation>Loggmapp: {folder}</translation>
        </message>
        <message>
            <source>Settings file: {file}</source>
            <translation>Inställningsfil: {file}</translation>
        </message>
        <message>
            <source>Pack: {id} {version} ({hash})</source>
            <translation>Paket: {id} {version} ({hash})</translation>
        </message>
        <message>
            <source>Pack problem: {error}</source>
            <translation>Problem med paket: {error}</translation>
        </message>
        <message>
            <source>Details copied to the clipboard.</source>
            <translation>Uppgifterna har kopierats till urklipp.</translation>
        </message>
    </context>
    <context>
        <name>ActionDialog</name>
        <message>
            <source>Criterion</source>
            <translation>Kriterium</translation>
        </message>
        <message>
            <source>Criterion of the action</source>
            <translation>Åtgärdens kriterium</translation>
        </message>
        <message>
            <source>What will be done</source>
            <translation>Vad ska göras</translation>
        </message>
        <message>
            <source>For example: Agree a joint interview protocol with the police</source>
            <translation>Till exempel: Kom överens med polisen om ett gemensamt protokoll för förhör</translation>
        </message>
        <message>
            <source>Lead agency</source>
            <translation>Ansvarig myndighet</translation>
        </message>
        <message>
            <source>Not decided</source>
            <translation>Inte bestämt</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Planerad</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>Pågående</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Genomförd</translation>
        </message>
        <message>
            <source>Dropped</source>
            <translation>Avbruten</translation>
        </message>
        <message>
            <source>Responsible role</source>
            <translation>Ansvarig roll</translation>
        </message>
        <message>
            <source>e.g. Barnahus coordinator</source>
            <translation>t.ex. Barnahussamordnare</translation>
        </message>
        <message>
            <source>⚠ This looks like a person's name. Name a role, such as “Barnahus coordinator”, so the plan stays right when people change jobs and no one is named in reports.</source>
            <translation>⚠ Det här ser ut som ett personnamn. Ange en roll, till exempel ”Barnahussamordnare”, så att planen stämmer även när personer byter arbete och ingen nämns vid namn i rapporter.</translation>
        </message>
        <message>
            <source>Warning about the responsible role</source>
            <translation>Varning om den ansvariga rollen</translation>
        </message>
        <message>
            <source>D&amp;ue by:</source>
            <translation>&amp;Klart senast:</translation>
        </message>
        <message>
            <source>The action has a due date</source>
            <translation>Åtgärden har ett slutdatum</translation>
        </message>
        <message>
            <source>Tick to give the action a due date</source>
            <translation>Kryssa i för att ge åtgärden ett slutdatum</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>Slutdatum</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Progress note</source>
            <translation>Lägesanteckning</translation>
        </message>
        <message>
            <source>What has been done so far, what is next</source>
            <translation>Vad som har gjorts hittills, vad som är nästa steg</translation>
        </message>
        <message>
            <source>&amp;What will be done:</source>
            <translation>&amp;Vad ska göras:</translation>
        </message>
        <message>
            <source>The action, in a sentence (required).</source>
            <translation>Åtgärden i en mening (obligatoriskt).</translation>
        </message>
        <message>
            <source>&amp;Lead agency:</source>
            <translation>Ansvarig &amp;myndighet:</translation>
        </message>
        <message>
            <source>The agency that leads the action, if it is decided.</source>
            <translation>Den myndighet som leder åtgärden, om det är bestämt.</translation>
        </message>
        <message>
            <source>&amp;Responsible role:</source>
            <translation>Ansvarig &amp;roll:</translation>
        </message>
        <message>
            <source>A role, never a person's name.</source>
            <translation>En roll, aldrig ett personnamn.</translation>
        </message>
        <message>
            <source>The date the action should be done by.</source>
            <translation>Det datum då åtgärden ska vara klar.</translation>
        </message>
        <message>
            <source>&amp;Status:</source>
            <translation>&amp;Status:</translation>
        </message>
        <message>
            <source>How far it got.</source>
            <translation>Hur långt den har kommit.</translation>
        </message>
        <message>
            <source>Progress &amp;note:</source>
            <translation>&amp;Lägesanteckning:</translation>
        </message>
        <message>
            <source>What has been done so far and what is next.</source>
            <translation>Vad som har gjorts hittills och vad som är nästa steg.</translation>
        </message>
        <message>
            <source>Save the action</source>
            <translation>Spara åtgärden</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>&amp;Ta bort…</translation>
        </message>
        <message>
            <source>Delete the action</source>
            <translation>Ta bort åtgärden</translation>
        </message>
        <message>
            <source>Delete this action from the plan</source>
            <translation>Ta bort åtgärden från planen</translation>
        </message>
        <message>
            <source>Edit action</source>
            <translation>Redigera åtgärd</translation>
        </message>
        <message>
            <source>New action</source>
            <translation>Ny åtgärd</translation>
        </message>
        <message>
            <source>Say what will be done to save the action.</source>
            <translation>Skriv vad som ska göras för att kunna spara åtgärden.</translation>
        </message>
        <message>
            <source>Choose the criterion the action is for.</source>
            <translation>Välj det kriterium som åtgärden gäller.</translation>
        </message>
        <message>
            <source>The action is shown as it was saved there. Make your change again if it is still needed, and save.</source>
            <translation>Åtgärden visas som den sparades där. Gör din ändring igen om den fortfarande behövs, och spara.</translation>
        </message>
        <message>
            <source>The unit or round of this action was deleted elsewhere (in another window or on another computer), so the action cannot be saved.</source>
            <translation>Åtgärdens enhet eller omgång har tagits bort någon annanstans (i ett annat fönster eller på en annan dator), så åtgärden kan inte sparas.</translation>
        </message>
        <message>
            <source>This action was deleted elsewhere (in another window or on another computer) since it was shown here, so your change was not saved. Press Save again to add it to the plan as a new action.</source>
            <translation>Åtgärden har tagits bort någon annanstans (i ett annat fönster eller på en annan dator) sedan den visades här, så din ändring sparades inte. Tryck på Spara igen för att lägga till den i planen som en ny åtgärd.</translation>
        </message>
        <message>
            <source>Delete action</source>
            <translation>Ta bort åtgärd</translation>
        </message>
        <message>
            <source>Delete the action “{title}” from the plan?

This cannot be undone.</source>
            <translation>Ta bort åtgärden ”{title}” från planen?

Det går inte att ångra.</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Ta bort</translation>
        </message>
    </context>
    <context>
        <name>ActionPlan</name>
        <message>
            <source>{criterion} is not a criterion of this round.</source>
            <translation>{criterion} är inte ett kriterium i den här omgången.</translation>
        </message>
        <message>
            <source>Say what will be done: the action needs a description.</source>
            <translation>Skriv vad som ska göras: åtgärden behöver en beskrivning.</translation>
        </message>
        <message>
            <source>An action belongs to a criterion; choose one.</source>
            <translation>En åtgärd hör till ett kriterium; välj ett.</translation>
        </message>
        <message>
            <source>That round belongs to another unit.</source>
            <translation>Den omgången hör till en annan enhet.</translation>
        </message>
        <message>
            <source>Describe the barrier: “Other” needs a few words.</source>
            <translation>Beskriv hindret: ”Annat” behöver några ord.</translation>
        </message>
        <message>
            <source>The round “{round}” is finalised; reopen it to change its answers or barriers.</source>
            <translation>Omgången ”{round}” är slutförd; öppna den igen för att ändra dess svar eller hinder.</translation>
        </message>
    </context>
    <context>
        <name>ActionPlanModel</name>
        <message>
            <source>Criterion</source>
            <translation>Kriterium</translation>
        </message>
        <message>
            <source>What will be done</source>
            <translation>Vad ska göras</translation>
        </message>
        <message>
            <source>Lead agency</source>
            <translation>Ansvarig myndighet</translation>
        </message>
        <message>
            <source>Responsible role</source>
            <translation>Ansvarig roll</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Klart senast</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Progress note</source>
            <translation>Lägesanteckning</translation>
        </message>
        <message>
            <source>No date</source>
            <translation>Inget datum</translation>
        </message>
        <message>
            <source>⚠ {date} overdue</source>
            <translation>⚠ {date}, försenad</translation>
        </message>
        <message numerus="yes">
            <source>Still open %n day(s) after its due date</source>
            <translation>
                <numerusform>Fortfarande öppen %n dag efter slutdatumet</numerusform>
                <numerusform>Fortfarande öppen %n dagar efter slutdatumet</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ActionPlanView</name>
        <message>
            <source>Number of actions</source>
            <translation>Antal åtgärder</translation>
        </message>
        <message>
            <source>Filter by status</source>
            <translation>Filtrera efter status</translation>
        </message>
        <message>
            <source>Filter by lead agency</source>
            <translation>Filtrera efter ansvarig myndighet</translation>
        </message>
        <message>
            <source>Filter by standard</source>
            <translation>Filtrera efter standard</translation>
        </message>
        <message>
            <source>O&amp;verdue only</source>
            <translation>Bara &amp;försenade</translation>
        </message>
        <message>
            <source>Show overdue actions only</source>
            <translation>Visa bara försenade åtgärder</translation>
        </message>
        <message>
            <source>S&amp;tatus:</source>
            <translation>Stat&amp;us:</translation>
        </message>
        <message>
            <source>&amp;Agency:</source>
            <translation>&amp;Myndighet:</translation>
        </message>
        <message>
            <source>Stan&amp;dard:</source>
            <translation>Stan&amp;dard:</translation>
        </message>
        <message>
            <source>Actions of the unit</source>
            <translation>Enhetens åtgärder</translation>
        </message>
        <message>
            <source>&amp;New…</source>
            <translation>&amp;Ny…</translation>
        </message>
        <message>
            <source>Add an action to the plan</source>
            <translation>Lägg till en åtgärd i planen</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>&amp;Öppna…</translation>
        </message>
        <message>
            <source>See or change the selected action (Enter)</source>
            <translation>Visa eller ändra den markerade åtgärden (Enter)</translation>
        </message>
        <message>
            <source>De&amp;lete…</source>
            <translation>Ta &amp;bort…</translation>
        </message>
        <message>
            <source>Delete the selected action ({key})</source>
            <translation>Ta bort den markerade åtgärden ({key})</translation>
        </message>
        <message>
            <source>&amp;Go to criterion</source>
            <translation>&amp;Gå till kriteriet</translation>
        </message>
        <message>
            <source>Show the selected action's criterion in the open round</source>
            <translation>Visa den markerade åtgärdens kriterium i den öppna omgången</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Alla</translation>
        </message>
        <message>
            <source>Open (planned or in progress)</source>
            <translation>Öppna (planerade eller pågående)</translation>
        </message>
        <message>
            <source>All agencies</source>
            <translation>Alla myndigheter</translation>
        </message>
        <message>
            <source>All standards</source>
            <translation>Alla standarder</translation>
        </message>
        <message>
            <source>Action plan of {unit}</source>
            <translation>Handlingsplan för {unit}</translation>
        </message>
        <message>
            <source>{actions}, {overdue}</source>
            <translation>{actions}, {overdue}</translation>
        </message>
        <message numerus="yes">
            <source>%n action(s)</source>
            <translation>
                <numerusform>%n åtgärd</numerusform>
                <numerusform>%n åtgärder</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n overdue</source>
            <translation>
                <numerusform>%n försenad</numerusform>
                <numerusform>%n försenade</numerusform>
            </translation>
        </message>
        <message>
            <source>{counts} ({shown} shown)</source>
            <translation>{counts} ({shown} visas)</translation>
        </message>
        <message>
            <source>No actions yet. Plan what the team will do about a criterion that is not met: press New…, or use “Add action…” on the criterion's page.</source>
            <translation>Inga åtgärder än. Planera vad teamet ska göra åt ett kriterium som inte är uppfyllt: tryck på Ny…, eller använd ”Lägg till åtgärd…” på kriteriets sida.</translation>
        </message>
        <message>
            <source>No action matches these filters. Choose “All” in the boxes above, or untick “Overdue only”, to see more.</source>
            <translation>Ingen åtgärd matchar de här filtren. Välj ”Alla” i rutorna ovan, eller kryssa ur ”Bara försenade”, för att se fler.</translation>
        </message>
    </context>
    <context>
        <name>AliasModel</name>
        <message>
            <source>Unit</source>
            <translation>Enhet</translation>
        </message>
        <message>
            <source>Alias (shown instead)</source>
            <translation>Alias (visas i stället)</translation>
        </message>
        <message>
            <source>Double-click or press F2 to type another name for this unit</source>
            <translation>Dubbelklicka eller tryck F2 för att skriva ett annat namn för enheten</translation>
        </message>
    </context>
    <context>
        <name>AssessmentActions</name>
        <message>
            <source>New &amp;unit…</source>
            <translation>Ny &amp;enhet…</translation>
        </message>
        <message>
            <source>&amp;New round…</source>
            <translation>Ny &amp;omgång…</translation>
        </message>
        <message>
            <source>&amp;Rename round…</source>
            <translation>&amp;Byt namn på omgången…</translation>
        </message>
        <message>
            <source>&amp;Finalise round…</source>
            <translation>&amp;Slutför omgången…</translation>
        </message>
        <message>
            <source>Make the round read-only once the team agrees it is complete</source>
            <translation>Gör omgången skrivskyddad när teamet är överens om att den är klar</translation>
        </message>
        <message>
            <source>Re&amp;open round…</source>
            <translation>Öppna omgången &amp;igen…</translation>
        </message>
        <message>
            <source>&amp;Delete round…</source>
            <translation>&amp;Ta bort omgången…</translation>
        </message>
        <message>
            <source>U&amp;pgrade to a newer standards version…</source>
            <translation>&amp;Uppgradera till en nyare version av standarderna…</translation>
        </message>
        <message>
            <source>Move this draft round to a newer installed version of its standards, keeping the answers that still apply</source>
            <translation>Flytta det här utkastet till en nyare installerad version av standarderna och behåll de svar som fortfarande gäller</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Ångra</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Gör om</translation>
        </message>
        <message>
            <source>&amp;Find…</source>
            <translation>&amp;Sök…</translation>
        </message>
        <message>
            <source>Search criteria and notes</source>
            <translation>Sök i kriterier och anteckningar</translation>
        </message>
        <message>
            <source>&amp;Next criterion</source>
            <translation>&amp;Nästa kriterium</translation>
        </message>
        <message>
            <source>&amp;Previous criterion</source>
            <translation>&amp;Föregående kriterium</translation>
        </message>
        <message>
            <source>Next &amp;unanswered criterion</source>
            <translation>Nästa &amp;obesvarade kriterium</translation>
        </message>
        <message>
            <source>Show &amp;all criteria</source>
            <translation>Visa &amp;alla kriterier</translation>
        </message>
        <message>
            <source>Show &amp;flagged only</source>
            <translation>Visa bara &amp;markerade</translation>
        </message>
        <message>
            <source>Edi&amp;t unit…</source>
            <translation>&amp;Redigera enhet…</translation>
        </message>
        <message>
            <source>De&amp;lete unit…</source>
            <translation>&amp;Ta bort enhet…</translation>
        </message>
        <message>
            <source>Hi&amp;story of this criterion…</source>
            <translation>Kriteriets än&amp;dringshistorik…</translation>
        </message>
        <message>
            <source>Who changed this criterion's answers, barrier and actions, and when</source>
            <translation>Vem som ändrade kriteriets svar, hinder och åtgärder, och när</translation>
        </message>
        <message>
            <source>Show unanswered &amp;only</source>
            <translation>Visa bara o&amp;besvarade</translation>
        </message>
        <message>
            <source>Show not &amp;met only</source>
            <translation>Visa bara &amp;ej uppfyllda</translation>
        </message>
        <message>
            <source>Show not appli&amp;cable only</source>
            <translation>Visa bara ej &amp;tillämpliga</translation>
        </message>
        <message>
            <source>Show to conf&amp;irm only</source>
            <translation>Visa bara att be&amp;kräfta</translation>
        </message>
        <message>
            <source>This is the last criterion.</source>
            <translation>Det här är det sista kriteriet.</translation>
        </message>
        <message>
            <source>This is the first criterion.</source>
            <translation>Det här är det första kriteriet.</translation>
        </message>
        <message>
            <source>Every criterion is answered.</source>
            <translation>Alla kriterier är besvarade.</translation>
        </message>
        <message numerus="yes">
            <source>Delete {unit} with its %n round(s), their answers, notes and respondents?

This cannot be undone.</source>
            <translation>
                <numerusform>Ta bort {unit} med dess %n omgång, dess svar, anteckningar och respondenter?

Det går inte att ångra.</numerusform>
                <numerusform>Ta bort {unit} med dess %n omgångar, deras svar, anteckningar och respondenter?

Det går inte att ångra.</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete unit</source>
            <translation>Ta bort enhet</translation>
        </message>
        <message numerus="yes">
            <source>%n answer(s) carried forward: confirm (Alt+C) or change each one.</source>
            <translation>
                <numerusform>%n överfört svar: bekräfta det (Alt+C) eller ändra det.</numerusform>
                <numerusform>%n överförda svar: bekräfta (Alt+C) eller ändra vart och ett.</numerusform>
            </translation>
        </message>
        <message>
            <source>Finalise “{title}”? Its answers become read-only.</source>
            <translation>Slutföra ”{title}”? Svaren blir skrivskyddade.</translation>
        </message>
        <message numerus="yes">
            <source>Not confirmed yet: %n answer(s) carried forward from an earlier round, counted as unanswered.</source>
            <translation>
                <numerusform>Ännu inte bekräftat: %n svar som överförts från en tidigare omgång räknas som obesvarat.</numerusform>
                <numerusform>Ännu inte bekräftade: %n svar som överförts från en tidigare omgång räknas som obesvarade.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n criterion(s) are still flagged for discussion.</source>
            <translation>
                <numerusform>%n kriterium är fortfarande markerat för diskussion.</numerusform>
                <numerusform>%n kriterier är fortfarande markerade för diskussion.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n criterion(s) are still unanswered.</source>
            <translation>
                <numerusform>%n kriterium är fortfarande obesvarat.</numerusform>
                <numerusform>%n kriterier är fortfarande obesvarade.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Besides those, %n criterion(s) are still unanswered.</source>
            <translation>
                <numerusform>Dessutom är %n kriterium fortfarande obesvarat.</numerusform>
                <numerusform>Dessutom är %n kriterier fortfarande obesvarade.</numerusform>
            </translation>
        </message>
        <message>
            <source>Finalise round</source>
            <translation>Slutför omgången</translation>
        </message>
        <message>
            <source>Finalise</source>
            <translation>Slutför</translation>
        </message>
        <message>
            <source>Finalise anyway</source>
            <translation>Slutför ändå</translation>
        </message>
        <message>
            <source>Go back</source>
            <translation>Gå tillbaka</translation>
        </message>
        <message>
            <source>Reopen “{title}” so that its answers can be changed again?

Its scores may then change from what was reported.</source>
            <translation>Öppna ”{title}” igen så att svaren kan ändras?

Resultaten kan då komma att avvika från det som har rapporterats.</translation>
        </message>
        <message>
            <source>Reopen round</source>
            <translation>Öppna omgången igen</translation>
        </message>
        <message>
            <source>Reopen</source>
            <translation>Öppna igen</translation>
        </message>
        <message>
            <source>Delete the round “{title}” with all its answers, notes and respondents?

This cannot be undone.</source>
            <translation>Ta bort omgången ”{title}” med alla dess svar, anteckningar och respondenter?

Det går inte att ångra.</translation>
        </message>
        <message>
            <source>Delete round</source>
            <translation>Ta bort omgången</translation>
        </message>
        <message numerus="yes">
            <source>Upgraded to version {version}: %n criterion(s) to answer again.</source>
            <translation>
                <numerusform>Uppgraderad till version {version}: %n kriterium att besvara igen.</numerusform>
                <numerusform>Uppgraderad till version {version}: %n kriterier att besvara igen.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Upgraded to version {version}: %n criterion(s) to answer again. The data as it was before is kept in the backup {file}.</source>
            <translation>
                <numerusform>Uppgraderad till version {version}: %n kriterium ska besvaras igen. Uppgifterna som de var innan finns kvar i säkerhetskopian {file}.</numerusform>
                <numerusform>Uppgraderad till version {version}: %n kriterier ska besvaras igen. Uppgifterna som de var innan finns kvar i säkerhetskopian {file}.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BackupActions</name>
        <message>
            <source>&amp;Backups…</source>
            <translation>Säker&amp;hetskopior…</translation>
        </message>
        <message>
            <source>See the backups of your data and restore one</source>
            <translation>Se säkerhetskopiorna av dina uppgifter och återställ en av dem</translation>
        </message>
        <message>
            <source>&amp;Save a copy…</source>
            <translation>&amp;Spara en kopia…</translation>
        </message>
        <message>
            <source>Write a copy of all your data to a file, e.g. on a USB stick</source>
            <translation>Skriv en kopia av alla dina uppgifter till en fil, t.ex. på ett USB-minne</translation>
        </message>
        <message>
            <source>Restore the backup of {date}?

It holds {content}. Your data is replaced by it: whatever was entered after {date} is no longer shown.

Your data as it is now is first saved as a backup of its own (“Before restore” in this list), so you can go back to it.</source>
            <translation>Återställa säkerhetskopian från {date}?

Den innehåller {content}. Dina uppgifter ersätts av den: det som har förts in efter {date} visas inte längre.

Dina uppgifter som de är nu sparas först som en egen säkerhetskopia (”Före återställning” i listan), så att du kan gå tillbaka till dem.</translation>
        </message>
        <message>
            <source>Restore a backup</source>
            <translation>Återställ en säkerhetskopia</translation>
        </message>
        <message>
            <source>&amp;Restore</source>
            <translation>&amp;Återställ</translation>
        </message>
        <message>
            <source>Restoring the backup…</source>
            <translation>Återställer säkerhetskopian…</translation>
        </message>
        <message>
            <source>Restored the backup of {date}. Your data as it was before is kept as a backup (“Before restore”).</source>
            <translation>Säkerhetskopian från {date} har återställts. Dina uppgifter som de var innan finns kvar som en säkerhetskopia (”Före återställning”).</translation>
        </message>
        <message>
            <source>Backed up to {file}.</source>
            <translation>Säkerhetskopierat till {file}.</translation>
        </message>
        <message>
            <source>The backups folder {folder} cannot be created.</source>
            <translation>Mappen för säkerhetskopior {folder} kan inte skapas.</translation>
        </message>
        <message>
            <source>PROMISE tracker copy {date}</source>
            <translation>PROMISE tracker kopia {date}</translation>
        </message>
        <message>
            <source>Saving a copy of your data…</source>
            <translation>Sparar en kopia av dina uppgifter…</translation>
        </message>
        <message>
            <source>A copy of your data was saved to {file}.</source>
            <translation>En kopia av dina uppgifter sparades i {file}.</translation>
        </message>
        <message>
            <source>Save a copy of your data</source>
            <translation>Spara en kopia av dina uppgifter</translation>
        </message>
        <message>
            <source>PROMISE tracker data (*.sqlite)</source>
            <translation>Data från PROMISE tracker (*.sqlite)</translation>
        </message>
    </context>
    <context>
        <name>Backups</name>
        <message>
            <source>The database “{database}” is on the database server on {server}. PROMISE tracker backs up and restores only database files; a server's database is backed up with PostgreSQL's pg_dump and restored with pg_restore by the network's administrator (see docs/server.md).</source>
            <translation>Databasen ”{database}” finns på databasservern på {server}. PROMISE tracker säkerhetskopierar och återställer bara databasfiler; en servers databas säkerhetskopieras med PostgreSQL:s pg_dump och återställs med pg_restore av nätverkets administratör (se docs/server.md).</translation>
        </message>
        <message>
            <source>cannot be read</source>
            <translation>kan inte läsas</translation>
        </message>
        <message numerus="yes">
            <source>%n units</source>
            <translation>
                <numerusform>%n enhet</numerusform>
                <numerusform>%n enheter</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n rounds</source>
            <translation>
                <numerusform>%n omgång</numerusform>
                <numerusform>%n omgångar</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n answers</source>
            <translation>
                <numerusform>%n svar</numerusform>
                <numerusform>%n svar</numerusform>
            </translation>
        </message>
        <message>
            <source>session</source>
            <translation>start av session</translation>
        </message>
        <message>
            <source>manual</source>
            <translation>manuell</translation>
        </message>
        <message>
            <source>before upgrade</source>
            <translation>före uppgradering</translation>
        </message>
        <message>
            <source>before restore</source>
            <translation>före återställning</translation>
        </message>
        <message>
            <source>damaged database set aside</source>
            <translation>skadad databas som lagts undan</translation>
        </message>
        <message>
            <source>{file} already exists. Choose another name, or remove that file first.</source>
            <translation>{file} finns redan. Välj ett annat namn eller ta bort den filen först.</translation>
        </message>
        <message>
            <source>{file} does not exist. Choose a backup file. Nothing was changed.</source>
            <translation>{file} finns inte. Välj en fil med en säkerhetskopia. Ingenting ändrades.</translation>
        </message>
        <message>
            <source>{file} was saved by a newer version of PROMISE tracker (database format {revision}). Update PROMISE tracker to restore it. Nothing was changed.</source>
            <translation>{file} sparades av en nyare version av PROMISE tracker (databasformat {revision}). Uppdatera PROMISE tracker för att återställa den. Ingenting ändrades.</translation>
        </message>
        <message>
            <source>There is no database in {folder} yet, so there is nothing to back up.</source>
            <translation>Det finns ingen databas i {folder} än, så det finns inget att säkerhetskopiera.</translation>
        </message>
        <message>
            <source>{file} is not a PROMISE tracker database, so it cannot be restored. Choose a backup from the backups folder. Nothing was changed.</source>
            <translation>{file} är ingen databas från PROMISE tracker, så den kan inte återställas. Välj en säkerhetskopia i mappen för säkerhetskopior. Ingenting ändrades.</translation>
        </message>
        <message>
            <source>{file} is damaged (it fails SQLite's integrity check), so it cannot be restored. Choose another backup. Nothing was changed.</source>
            <translation>{file} är skadad (den klarar inte SQLites integritetskontroll), så den kan inte återställas. Välj en annan säkerhetskopia. Ingenting ändrades.</translation>
        </message>
        <message>
            <source>{file} is the database itself, not a backup or a copy. Choose another file. Nothing was changed.</source>
            <translation>{file} är själva databasen, inte en säkerhetskopia eller en kopia. Välj en annan fil. Ingenting ändrades.</translation>
        </message>
        <message>
            <source>The database is in use by another PROMISE tracker window or another program. Close it and try again. Nothing was changed.</source>
            <translation>Databasen används av ett annat fönster i PROMISE tracker eller av ett annat program. Stäng det och försök igen. Ingenting ändrades.</translation>
        </message>
        <message>
            <source>The database {file} is damaged (it fails SQLite's integrity check), so no backup of it was made. Restore an earlier backup (File &gt; Backups…, or the command promise-tracker restore).</source>
            <translation>Databasen {file} är skadad (den klarar inte SQLites integritetskontroll), så ingen säkerhetskopia av den gjordes. Återställ en tidigare säkerhetskopia (Arkiv &gt; Säkerhetskopior… eller kommandot promise-tracker restore).</translation>
        </message>
        <message>
            <source>{file} cannot be read: it is damaged or not a PROMISE tracker database. Nothing was changed.</source>
            <translation>{file} kan inte läsas: den är skadad eller ingen databas från PROMISE tracker. Ingenting ändrades.</translation>
        </message>
        <message>
            <source>{file} could not be written. Check that the folder exists and that you can save files there. Nothing was changed.</source>
            <translation>{file} kunde inte skrivas. Kontrollera att mappen finns och att du kan spara filer där. Ingenting ändrades.</translation>
        </message>
        <message>
            <source>{file} could not be written: the disk is full. Free some space or choose another place. Nothing was changed.</source>
            <translation>{file} kunde inte skrivas: disken är full. Frigör utrymme eller välj en annan plats. Ingenting ändrades.</translation>
        </message>
        <message>
            <source>{file} could not be written: the folder is read-only or you may not save files there. Choose another place. Nothing was changed.</source>
            <translation>{file} kunde inte skrivas: mappen är skrivskyddad eller så får du inte spara filer där. Välj en annan plats. Ingenting ändrades.</translation>
        </message>
    </context>
    <context>
        <name>BackupsDialog</name>
        <message>
            <source>Backups</source>
            <translation>Säkerhetskopior</translation>
        </message>
        <message>
            <source>Your data is backed up when PROMISE tracker starts (if anything changed since the last backup), before an upgrade and before a restore. The backups are kept in {folder}.</source>
            <translation>Dina uppgifter säkerhetskopieras när PROMISE tracker startar (om något har ändrats sedan den senaste säkerhetskopian), före en uppgradering och före en återställning. Säkerhetskopiorna sparas i {folder}.</translation>
        </message>
        <message>
            <source>About the backups</source>
            <translation>Om säkerhetskopiorna</translation>
        </message>
        <message>
            <source>Date and time</source>
            <translation>Datum och tid</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Typ</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Storlek</translation>
        </message>
        <message>
            <source>Units</source>
            <translation>Enheter</translation>
        </message>
        <message>
            <source>Rounds</source>
            <translation>Omgångar</translation>
        </message>
        <message>
            <source>Answers</source>
            <translation>Svar</translation>
        </message>
        <message>
            <source>Backups, newest first</source>
            <translation>Säkerhetskopior, nyaste först</translation>
        </message>
        <message>
            <source>Columns of the backups list</source>
            <translation>Kolumner i listan över säkerhetskopior</translation>
        </message>
        <message>
            <source>There are no backups yet.</source>
            <translation>Det finns inga säkerhetskopior än.</translation>
        </message>
        <message>
            <source>No backups</source>
            <translation>Inga säkerhetskopior</translation>
        </message>
        <message>
            <source>What was done</source>
            <translation>Vad som gjordes</translation>
        </message>
        <message>
            <source>&amp;Restore…</source>
            <translation>&amp;Återställ…</translation>
        </message>
        <message>
            <source>Restore the chosen backup</source>
            <translation>Återställ den valda säkerhetskopian</translation>
        </message>
        <message>
            <source>Put the chosen backup in place of your data (asks first).</source>
            <translation>Ersätt dina uppgifter med den valda säkerhetskopian (frågar först).</translation>
        </message>
        <message>
            <source>&amp;Back up now</source>
            <translation>Säkerhetskopiera &amp;nu</translation>
        </message>
        <message>
            <source>Back up now</source>
            <translation>Säkerhetskopiera nu</translation>
        </message>
        <message>
            <source>Make a backup of your data as it is now.</source>
            <translation>Gör en säkerhetskopia av dina uppgifter som de är nu.</translation>
        </message>
        <message>
            <source>&amp;Open folder</source>
            <translation>&amp;Öppna mappen</translation>
        </message>
        <message>
            <source>Open the backups folder</source>
            <translation>Öppna mappen för säkerhetskopior</translation>
        </message>
        <message>
            <source>Show the backups folder in the file manager.</source>
            <translation>Visa mappen för säkerhetskopior i filhanteraren.</translation>
        </message>
        <message>
            <source>This backup cannot be read: it is damaged or not PROMISE data.</source>
            <translation>Säkerhetskopian kan inte läsas: den är skadad eller innehåller inte data från PROMISE.</translation>
        </message>
        <message>
            <source>Session start</source>
            <translation>Start av session</translation>
        </message>
        <message>
            <source>Manual</source>
            <translation>Manuell</translation>
        </message>
        <message>
            <source>Before upgrade</source>
            <translation>Före uppgradering</translation>
        </message>
        <message>
            <source>Before restore</source>
            <translation>Före återställning</translation>
        </message>
        <message>
            <source>Damaged data set aside</source>
            <translation>Skadade data som lagts undan</translation>
        </message>
    </context>
    <context>
        <name>Cells</name>
        <message>
            <source>… [{count} more characters do not fit in a spreadsheet cell]</source>
            <translation>… [ytterligare {count} tecken får inte plats i en cell i kalkylbladet]</translation>
        </message>
    </context>
    <context>
        <name>ChartCanvas</name>
        <message>
            <source>PNG image (*.png)</source>
            <translation>PNG-bild (*.png)</translation>
        </message>
        <message>
            <source>SVG drawing (*.svg)</source>
            <translation>SVG-bild (*.svg)</translation>
        </message>
        <message>
            <source>PDF document (*.pdf)</source>
            <translation>PDF-dokument (*.pdf)</translation>
        </message>
        <message>
            <source>Save chart as</source>
            <translation>Spara diagrammet som</translation>
        </message>
        <message>
            <source>Could not save the chart</source>
            <translation>Diagrammet kunde inte sparas</translation>
        </message>
        <message>
            <source>The chart could not be saved to {path}:
{error}</source>
            <translation>Diagrammet kunde inte sparas i {path}:
{error}</translation>
        </message>
        <message>
            <source>Copied ✓</source>
            <translation>Kopierat ✓</translation>
        </message>
        <message>
            <source>Show chart</source>
            <translation>Visa diagram</translation>
        </message>
        <message>
            <source>Show the chart instead of its numbers</source>
            <translation>Visa diagrammet i stället för siffrorna</translation>
        </message>
        <message>
            <source>Show data table</source>
            <translation>Visa datatabell</translation>
        </message>
        <message>
            <source>Show the chart's numbers as a table, to read or copy</source>
            <translation>Visa diagrammets siffror som en tabell, för att läsa eller kopiera</translation>
        </message>
        <message>
            <source>Save as…</source>
            <translation>Spara som…</translation>
        </message>
        <message>
            <source>Copy the whole table as text, to paste into a spreadsheet</source>
            <translation>Kopiera hela tabellen som text, för att klistra in i ett kalkylblad</translation>
        </message>
        <message>
            <source>Save this chart as a PNG image, SVG or PDF file</source>
            <translation>Spara diagrammet som PNG-bild, SVG- eller PDF-fil</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Kopiera</translation>
        </message>
        <message>
            <source>Copy this chart as an image, to paste into a document or slides</source>
            <translation>Kopiera diagrammet som bild för att klistra in i ett dokument eller en presentation</translation>
        </message>
    </context>
    <context>
        <name>ChartDataTable</name>
        <message>
            <source>{chart}: data table</source>
            <translation>{chart}: datatabell</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Kopiera</translation>
        </message>
        <message>
            <source>Select &amp;all</source>
            <translation>Markera &amp;alla</translation>
        </message>
    </context>
    <context>
        <name>Charts</name>
        <message>
            <source>Cannot save a chart as '{suffix}'; use .png, .svg or .pdf.</source>
            <translation>Ett diagram kan inte sparas som '{suffix}'; använd .png, .svg eller .pdf.</translation>
        </message>
        <message>
            <source>Score by standard (%)</source>
            <translation>Resultat per standard (%)</translation>
        </message>
        <message>
            <source>Score and completeness by standard</source>
            <translation>Resultat och andel besvarade per standard</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Resultat</translation>
        </message>
        <message>
            <source>Completeness</source>
            <translation>Andel besvarade</translation>
        </message>
        <message>
            <source>no score</source>
            <translation>inget resultat</translation>
        </message>
        <message>
            <source>% of applicable criteria met</source>
            <translation>% av tillämpliga kriterier uppfyllda</translation>
        </message>
        <message>
            <source>Scores over time</source>
            <translation>Resultat över tid</translation>
        </message>
        <message>
            <source>Overall</source>
            <translation>Totalt</translation>
        </message>
        <message>
            <source>Round date</source>
            <translation>Datum för omgången</translation>
        </message>
        <message>
            <source>Scores by perspective</source>
            <translation>Resultat per perspektiv</translation>
        </message>
        <message>
            <source>Consensus</source>
            <translation>Konsensus</translation>
        </message>
        <message>
            <source>Standard</source>
            <translation>Standard</translation>
        </message>
        <message>
            <source>Criteria by round</source>
            <translation>Kriterier per omgång</translation>
        </message>
        <message>
            <source>Unanswered</source>
            <translation>Obesvarat</translation>
        </message>
        <message>
            <source>Not applicable</source>
            <translation>Ej tillämpligt</translation>
        </message>
        <message>
            <source>Not met</source>
            <translation>Ej uppfyllt</translation>
        </message>
        <message>
            <source>Partly met</source>
            <translation>Delvis uppfyllt</translation>
        </message>
        <message>
            <source>Met</source>
            <translation>Uppfyllt</translation>
        </message>
        <message>
            <source>Changed meaning since (not comparable)</source>
            <translation>Ändrad innebörd sedan dess (jämförs inte)</translation>
        </message>
        <message>
            <source>Jan</source>
            <comment>short month name</comment>
            <translation>jan</translation>
        </message>
        <message>
            <source>Feb</source>
            <comment>short month name</comment>
            <translation>feb</translation>
        </message>
        <message>
            <source>Mar</source>
            <comment>short month name</comment>
            <translation>mar</translation>
        </message>
        <message>
            <source>Apr</source>
            <comment>short month name</comment>
            <translation>apr</translation>
        </message>
        <message>
            <source>May</source>
            <comment>short month name</comment>
            <translation>maj</translation>
        </message>
        <message>
            <source>Jun</source>
            <comment>short month name</comment>
            <translation>jun</translation>
        </message>
        <message>
            <source>Jul</source>
            <comment>short month name</comment>
            <translation>jul</translation>
        </message>
        <message>
            <source>Aug</source>
            <comment>short month name</comment>
            <translation>aug</translation>
        </message>
        <message>
            <source>Sep</source>
            <comment>short month name</comment>
            <translation>sep</translation>
        </message>
        <message>
            <source>Oct</source>
            <comment>short month name</comment>
            <translation>okt</translation>
        </message>
        <message>
            <source>Nov</source>
            <comment>short month name</comment>
            <translation>nov</translation>
        </message>
        <message>
            <source>Dec</source>
            <comment>short month name</comment>
            <translation>dec</translation>
        </message>
        <message>
            <source>Score (%)</source>
            <translation>Resultat (%)</translation>
        </message>
        <message>
            <source>Completeness (%)</source>
            <translation>Andel besvarade (%)</translation>
        </message>
        <message>
            <source>Round</source>
            <translation>Omgång</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Finalised</source>
            <translation>Slutförd</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Utkast</translation>
        </message>
        <message>
            <source>Finalised, incomplete</source>
            <translation>Slutförd, ofullständig</translation>
        </message>
        <message>
            <source>Answered (%)</source>
            <translation>Besvarade (%)</translation>
        </message>
        <message>
            <source>Overall (%)</source>
            <translation>Totalt (%)</translation>
        </message>
        <message>
            <source>Criterion</source>
            <translation>Kriterium</translation>
        </message>
        <message>
            <source>Not in this round</source>
            <translation>Finns inte i den här omgången</translation>
        </message>
        <message>
            <source>{status}, changed meaning since (not comparable)</source>
            <translation>{status}, ändrad innebörd sedan dess (jämförs inte)</translation>
        </message>
        <message>
            <source>no answers</source>
            <translation>inga svar</translation>
        </message>
        <message>
            <source>Draft or incomplete round</source>
            <translation>Utkast eller ofullständig omgång</translation>
        </message>
        <message>
            <source>Standards {version}</source>
            <translation>Standarderna {version}</translation>
        </message>
        <message>
            <source>Version of the standards</source>
            <translation>Standardernas version</translation>
        </message>
        <message>
            <source>not known</source>
            <translation>okänd</translation>
        </message>
        <message>
            <source>{version}, new: criteria with a changed meaning: {count}</source>
            <translation>{version}, ny: kriterier med ändrad innebörd: {count}</translation>
        </message>
        <message>
            <source>{version}, new</source>
            <translation>{version}, ny</translation>
        </message>
    </context>
    <context>
        <name>Compare</name>
        <message>
            <source>Cancelled after {done} of {total} files.</source>
            <translation>Avbröts efter {done} av {total} filer.</translation>
        </message>
        <message>
            <source>{file}: no such file</source>
            <translation>{file}: filen finns inte</translation>
        </message>
        <message>
            <source>no Metadata sheet: not a PROMISE tracker export</source>
            <translation>inget Metadata-blad: ingen export från PROMISE tracker</translation>
        </message>
        <message>
            <source>a respondent's questionnaire, not an export; a comparison reads round or unit exports (a questionnaire is imported into its round with Team &gt; Import questionnaires…)</source>
            <translation>en respondents frågeformulär, inte en export; en jämförelse läser exporter av omgångar eller enheter (ett frågeformulär importeras till sin omgång med Team &gt; Importera frågeformulär…)</translation>
        </message>
        <message>
            <source>not a PROMISE tracker export</source>
            <translation>ingen export från PROMISE tracker</translation>
        </message>
        <message>
            <source>export format version {version}; this version reads {supported}</source>
            <translation>exportformat version {version}; den här versionen läser {supported}</translation>
        </message>
        <message>
            <source>sheets missing: {sheets}</source>
            <translation>blad saknas: {sheets}</translation>
        </message>
        <message>
            <source>the data checksum does not match: changed after export</source>
            <translation>kontrollsumman stämmer inte: ändrad efter exporten</translation>
        </message>
        <message>
            <source>its sheets are not laid out as an export's (a heading or a column the comparison reads is missing); export the file again</source>
            <translation>bladen är inte uppställda som i en export (en rubrik eller kolumn som jämförelsen läser saknas); exportera filen igen</translation>
        </message>
        <message>
            <source>same unit and rounds as {file}</source>
            <translation>samma enhet och omgångar som {file}</translation>
        </message>
        <message>
            <source>country {country}</source>
            <translation>land {country}</translation>
        </message>
        <message>
            <source>not given</source>
            <translation>inte angivet</translation>
        </message>
        <message>
            <source>not in the file</source>
            <translation>finns inte i filen</translation>
        </message>
        <message>
            <source>lead agency {agency}</source>
            <translation>huvudman {agency}</translation>
        </message>
        <message>
            <source>pack {pack}; most files use {main}</source>
            <translation>paket {pack}; de flesta filer använder {main}</translation>
        </message>
        <message>
            <source>an older round of the unit; used for its trend only</source>
            <translation>en äldre omgång för enheten; används bara för utvecklingen över tid</translation>
        </message>
    </context>
    <context>
        <name>CompareExport</name>
        <message>
            <source>Units x standards</source>
            <translation>Enheter × standarder</translation>
        </message>
        <message>
            <source>Statistics</source>
            <translation>Statistik</translation>
        </message>
        <message>
            <source>Most often unmet</source>
            <translation>Oftast ej uppfyllda</translation>
        </message>
        <message>
            <source>Ranking</source>
            <translation>Rangordning</translation>
        </message>
        <message>
            <source>Trends</source>
            <translation>Utveckling</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>Filer</translation>
        </message>
        <message>
            <source>Barriers</source>
            <translation>Hinder</translation>
        </message>
        <message>
            <source>Open actions</source>
            <translation>Öppna åtgärder</translation>
        </message>
        <message>
            <source>{app}: comparison of {count} units</source>
            <translation>{app}: jämförelse av {count} enheter</translation>
        </message>
        <message>
            <source>Criteria worded by PROMISE tracker under {title}, pack version {version}; the publication is the authoritative text.</source>
            <translation>Kriterierna är formulerade av PROMISE tracker under {title}, paketversion {version}; publikationen är den auktoritativa texten.</translation>
        </message>
        <message>
            <source>Provenance: {statement}</source>
            <translation>Ursprung: {statement}</translation>
        </message>
        <message>
            <source>Criteria of the standards pack {pack} {version}, which is not shipped with PROMISE tracker: who worded them is said in the units' exports (sheet Summary, row Provenance).</source>
            <translation>Kriterierna kommer från standardpaketet {pack} {version}, som inte följer med PROMISE tracker: vem som har formulerat dem står i enheternas exporter (bladet Summary, raden Ursprung).</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Enhet</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Land</translation>
        </message>
        <message>
            <source>Lead agency</source>
            <translation>Huvudman</translation>
        </message>
        <message>
            <source>Round</source>
            <translation>Omgång</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Overall</source>
            <translation>Totalt</translation>
        </message>
        <message>
            <source>Completeness</source>
            <translation>Andel besvarade</translation>
        </message>
        <message>
            <source>Standard {number}</source>
            <translation>Standard {number}</translation>
        </message>
        <message>
            <source>Flags</source>
            <translation>Flaggor</translation>
        </message>
        <message>
            <source>none</source>
            <translation>inga</translation>
        </message>
        <message>
            <source>any</source>
            <translation>alla</translation>
        </message>
        <message>
            <source>Reference pack: {pack} (content {content})</source>
            <translation>Referenspaket: {pack} (innehåll {content})</translation>
        </message>
        <message>
            <source>Standards not shared by every unit (left out): {list}</source>
            <translation>Standarder som inte alla enheter har (utelämnade): {list}</translation>
        </message>
        <message>
            <source>Criteria not shared by every unit (left out): {list}</source>
            <translation>Kriterier som inte alla enheter har (utelämnade): {list}</translation>
        </message>
        <message>
            <source>Criteria whose meaning changed between the versions of the standards the units use (counted only for the units on version {version}): {list}</source>
            <translation>Kriterier vars innebörd har ändrats mellan de versioner av standarderna som enheterna använder (räknas bara för enheterna på version {version}): {list}</translation>
        </message>
        <message>
            <source>Filters: country {country}, lead agency {agency}</source>
            <translation>Filter: land {country}, huvudman {agency}</translation>
        </message>
        <message>
            <source>Scores are each unit's score as exported: the team's agreed score, or all respondents pooled where a round has no agreed answers yet.</source>
            <translation>Resultaten är varje enhets resultat så som det exporterades: teamets överenskomna resultat, eller alla respondenter sammanvägda där en omgång ännu inte har några överenskomna svar.</translation>
        </message>
        <message>
            <source>Standard</source>
            <translation>Standard</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>Units</source>
            <translation>Enheter</translation>
        </message>
        <message>
            <source>Minimum</source>
            <translation>Minimum</translation>
        </message>
        <message>
            <source>Median</source>
            <translation>Median</translation>
        </message>
        <message>
            <source>Maximum</source>
            <translation>Maximum</translation>
        </message>
        <message>
            <source>Minimum, median and maximum per standard</source>
            <translation>Minimum, median och maximum per standard</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Resultat</translation>
        </message>
        <message>
            <source>Criterion</source>
            <translation>Kriterium</translation>
        </message>
        <message>
            <source>Units unmet</source>
            <translation>Enheter ej uppfyllt</translation>
        </message>
        <message>
            <source>Units compared</source>
            <translation>Jämförda enheter</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>Andel</translation>
        </message>
        <message>
            <source>Named by</source>
            <translation>Angivet av</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Försenade</translation>
        </message>
        <message>
            <source>Rank</source>
            <translation>Placering</translation>
        </message>
        <message>
            <source>Round number</source>
            <translation>Omgångens nummer</translation>
        </message>
        <message>
            <source>Overall score per round</source>
            <translation>Totalresultat per omgång</translation>
        </message>
        <message>
            <source>Overall score</source>
            <translation>Totalresultat</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Fil</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Orsak</translation>
        </message>
        <message>
            <source>Detail</source>
            <translation>Detalj</translation>
        </message>
        <message>
            <source>Warnings</source>
            <translation>Varningar</translation>
        </message>
    </context>
    <context>
        <name>CompareWindow</name>
        <message>
            <source>Compare units</source>
            <translation>Jämför enheter</translation>
        </message>
        <message>
            <source>{tip} ({shortcut})</source>
            <translation>{tip} ({shortcut})</translation>
        </message>
        <message>
            <source>Add files…</source>
            <translation>Lägg till filer…</translation>
        </message>
        <message>
            <source>Add export files to compare</source>
            <translation>Lägg till exportfiler att jämföra</translation>
        </message>
        <message>
            <source>Add folder…</source>
            <translation>Lägg till mapp…</translation>
        </message>
        <message>
            <source>Add every export file (.xlsx) of a folder</source>
            <translation>Lägg till alla exportfiler (.xlsx) i en mapp</translation>
        </message>
        <message>
            <source>Add units in this database…</source>
            <translation>Lägg till enheterna i databasen…</translation>
        </message>
        <message>
            <source>Add every unit of the open database you may read (on a network's server, every unit your sign-in reaches), each on the round you choose</source>
            <translation>Lägg till alla enheter i den öppna databasen som du får läsa (på ett nätverks server alla enheter som din inloggning når), var och en med den omgång du väljer</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Ta bort</translation>
        </message>
        <message>
            <source>Remove the selected files from the comparison (Delete)</source>
            <translation>Ta bort de markerade filerna från jämförelsen (Delete)</translation>
        </message>
        <message>
            <source>Export comparison…</source>
            <translation>Exportera jämförelsen…</translation>
        </message>
        <message>
            <source>Save the comparison as an Excel workbook</source>
            <translation>Spara jämförelsen som en Excel-arbetsbok</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Avbryt</translation>
        </message>
        <message>
            <source>Stop reading the files</source>
            <translation>Sluta läsa filerna</translation>
        </message>
        <message>
            <source>Reading files</source>
            <translation>Läser filer</translation>
        </message>
        <message>
            <source>%v of %m files</source>
            <translation>%v av %m filer</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>Filer</translation>
        </message>
        <message>
            <source>Aliases</source>
            <translation>Alias</translation>
        </message>
        <message>
            <source>Country filter</source>
            <translation>Filter för land</translation>
        </message>
        <message>
            <source>Compare only the units of one country</source>
            <translation>Jämför bara enheterna i ett land</translation>
        </message>
        <message>
            <source>Lead agency filter</source>
            <translation>Filter för huvudman</translation>
        </message>
        <message>
            <source>Compare only the units of one lead agency</source>
            <translation>Jämför bara enheterna med en viss huvudman</translation>
        </message>
        <message>
            <source>Filters</source>
            <translation>Filter</translation>
        </message>
        <message>
            <source>&amp;Country:</source>
            <translation>&amp;Land:</translation>
        </message>
        <message>
            <source>&amp;Lead agency:</source>
            <translation>&amp;Huvudman:</translation>
        </message>
        <message>
            <source>Comparison results</source>
            <translation>Jämförelsens resultat</translation>
        </message>
        <message>
            <source>Units x standards</source>
            <translation>Enheter × standarder</translation>
        </message>
        <message>
            <source>Statistics</source>
            <translation>Statistik</translation>
        </message>
        <message>
            <source>Most often unmet</source>
            <translation>Oftast ej uppfyllda</translation>
        </message>
        <message>
            <source>Ranking</source>
            <translation>Rangordning</translation>
        </message>
        <message>
            <source>Trends</source>
            <translation>Utveckling</translation>
        </message>
        <message>
            <source>Cells are shaded from light (low score) to dark (high score); the percentage is always written in the cell.</source>
            <translation>Cellerna är skuggade från ljust (lågt resultat) till mörkt (högt resultat); procentsatsen står alltid i cellen.</translation>
        </message>
        <message>
            <source>&amp;Units x standards</source>
            <translation>&amp;Enheter × standarder</translation>
        </message>
        <message>
            <source>&amp;Statistics</source>
            <translation>&amp;Statistik</translation>
        </message>
        <message>
            <source>&amp;Most often unmet</source>
            <translation>&amp;Oftast ej uppfyllda</translation>
        </message>
        <message>
            <source>&amp;Barriers</source>
            <translation>&amp;Hinder</translation>
        </message>
        <message>
            <source>&amp;Open actions</source>
            <translation>&amp;Öppna åtgärder</translation>
        </message>
        <message>
            <source>&amp;Ranking</source>
            <translation>&amp;Rangordning</translation>
        </message>
        <message>
            <source>&amp;Trends</source>
            <translation>&amp;Utveckling</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Anteckningar</translation>
        </message>
        <message>
            <source>Barriers</source>
            <translation>Hinder</translation>
        </message>
        <message>
            <source>No barriers</source>
            <translation>Inga hinder</translation>
        </message>
        <message>
            <source>No unit recorded a barrier.</source>
            <translation>Ingen enhet har angett något hinder.</translation>
        </message>
        <message>
            <source>A team records what stands in the way of a criterion not met on that criterion's page. Files exported by older versions carry none.</source>
            <translation>Ett team anger vad som hindrar ett ej uppfyllt kriterium på kriteriets sida. Filer som exporterats av äldre versioner innehåller inga hinder.</translation>
        </message>
        <message>
            <source>How many units name each kind of barrier for a criterion in their compared round; the criteria most units name come first. Click a heading to sort.</source>
            <translation>Hur många enheter som anger varje slags hinder för ett kriterium i sin jämförda omgång; de kriterier som flest enheter anger kommer först. Klicka på en rubrik för att sortera.</translation>
        </message>
        <message>
            <source>Open actions</source>
            <translation>Öppna åtgärder</translation>
        </message>
        <message>
            <source>No open actions</source>
            <translation>Inga öppna åtgärder</translation>
        </message>
        <message>
            <source>No unit has an open action.</source>
            <translation>Ingen enhet har någon öppen åtgärd.</translation>
        </message>
        <message>
            <source>A team plans actions on a criterion's page or in its action plan. Files exported by older versions carry none.</source>
            <translation>Ett team planerar åtgärder på ett kriteriums sida eller i sin handlingsplan. Filer som exporterats av äldre versioner innehåller inga åtgärder.</translation>
        </message>
        <message>
            <source>Number of open actions</source>
            <translation>Antal öppna åtgärder</translation>
        </message>
        <message>
            <source>Add export files</source>
            <translation>Lägg till exportfiler</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx);;All files (*)</source>
            <translation>Excel-arbetsböcker (*.xlsx);;Alla filer (*)</translation>
        </message>
        <message>
            <source>Add a folder of export files</source>
            <translation>Lägg till en mapp med exportfiler</translation>
        </message>
        <message>
            <source>Export comparison</source>
            <translation>Exportera jämförelsen</translation>
        </message>
        <message>
            <source>comparison.xlsx</source>
            <translation>jämförelse.xlsx</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Excel-arbetsböcker (*.xlsx)</translation>
        </message>
        <message>
            <source>Reading the units in the database…</source>
            <translation>Läser enheterna i databasen…</translation>
        </message>
        <message>
            <source>Reading…</source>
            <translation>Läser…</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Avbryter…</translation>
        </message>
        <message>
            <source>The database holds no unit you may read. On a network's server, ask its administrator which units your sign-in may read.</source>
            <translation>Databasen innehåller ingen enhet som du får läsa. På ett nätverks server kan du fråga dess administratör vilka enheter din inloggning får läsa.</translation>
        </message>
        <message>
            <source>Reading the database cancelled; no units were added.</source>
            <translation>Läsningen av databasen avbröts; inga enheter lades till.</translation>
        </message>
        <message>
            <source>Reading cancelled; the files protected with a password stay refused.</source>
            <translation>Läsningen avbröts; de lösenordsskyddade filerna förblir avvisade.</translation>
        </message>
        <message>
            <source>Reading cancelled after {done} of {total} files; no files were added.</source>
            <translation>Läsningen avbröts efter {done} av {total} filer; inga filer lades till.</translation>
        </message>
        <message>
            <source>The units in the database could not be read: {error}</source>
            <translation>Enheterna i databasen kunde inte läsas: {error}</translation>
        </message>
        <message>
            <source>The files could not be read: {error}</source>
            <translation>Filerna kunde inte läsas: {error}</translation>
        </message>
        <message>
            <source>All countries</source>
            <translation>Alla länder</translation>
        </message>
        <message>
            <source>All lead agencies</source>
            <translation>Alla huvudmän</translation>
        </message>
        <message>
            <source>Add the export files of the units to compare, or the units in this database.</source>
            <translation>Lägg till exportfilerna för de enheter som ska jämföras, eller enheterna i den här databasen.</translation>
        </message>
        <message>
            <source>Add the export files of the units to compare.</source>
            <translation>Lägg till exportfilerna för de enheter som ska jämföras.</translation>
        </message>
        <message>
            <source>{accepted} accepted, {refused} refused, {excluded} filtered out</source>
            <translation>{accepted} godtagna, {refused} avvisade, {excluded} bortfiltrerade</translation>
        </message>
        <message>
            <source>No score</source>
            <translation>Inget resultat</translation>
        </message>
        <message>
            <source>{value} %</source>
            <translation>{value} %</translation>
        </message>
        <message>
            <source>Wrong format</source>
            <translation>Fel format</translation>
        </message>
        <message>
            <source>Changed after export</source>
            <translation>Ändrad efter export</translation>
        </message>
        <message>
            <source>File not found</source>
            <translation>Filen hittades inte</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>Dubblett</translation>
        </message>
        <message>
            <source>Other standards pack</source>
            <translation>Annat standardpaket</translation>
        </message>
        <message>
            <source>Filtered out</source>
            <translation>Bortfiltrerad</translation>
        </message>
        <message>
            <source>Incomplete round</source>
            <translation>Ofullständig omgång</translation>
        </message>
        <message>
            <source>Other pack version</source>
            <translation>Annan paketversion</translation>
        </message>
        <message>
            <source>Password needed</source>
            <translation>Lösenord krävs</translation>
        </message>
        <message>
            <source>No round to compare</source>
            <translation>Ingen omgång att jämföra</translation>
        </message>
        <message>
            <source>Standards pack not installed</source>
            <translation>Standardpaketet är inte installerat</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Fil</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Orsak</translation>
        </message>
        <message>
            <source>Detail</source>
            <translation>Detalj</translation>
        </message>
        <message>
            <source>⚠ Accepted with a warning</source>
            <translation>⚠ Godtagen med varning</translation>
        </message>
        <message>
            <source>✓ Accepted</source>
            <translation>✓ Godtagen</translation>
        </message>
        <message>
            <source>– Left out</source>
            <translation>– Utelämnad</translation>
        </message>
        <message>
            <source>– Filtered out</source>
            <translation>– Bortfiltrerad</translation>
        </message>
        <message>
            <source>✗ Refused</source>
            <translation>✗ Avvisad</translation>
        </message>
        <message>
            <source>{unit} (database)</source>
            <translation>{unit} (databas)</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Enhet</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Land</translation>
        </message>
        <message>
            <source>Overall</source>
            <translation>Totalt</translation>
        </message>
        <message>
            <source>The unit's own overall score of its latest round</source>
            <translation>Enhetens eget totalresultat i dess senaste omgång</translation>
        </message>
        <message>
            <source>Standard {number}: {title}</source>
            <translation>Standard {number}: {title}</translation>
        </message>
        <message>
            <source>{round} ({date}); completeness {completeness}</source>
            <translation>{round} ({date}); andel besvarade {completeness}</translation>
        </message>
        <message>
            <source>Standard</source>
            <translation>Standard</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>Units</source>
            <translation>Enheter</translation>
        </message>
        <message>
            <source>Minimum</source>
            <translation>Minimum</translation>
        </message>
        <message>
            <source>Median</source>
            <translation>Median</translation>
        </message>
        <message>
            <source>Maximum</source>
            <translation>Maximum</translation>
        </message>
        <message>
            <source>Criterion</source>
            <translation>Kriterium</translation>
        </message>
        <message>
            <source>Units unmet</source>
            <translation>Enheter ej uppfyllt</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>Andel</translation>
        </message>
        <message>
            <source>Statement</source>
            <translation>Påstående</translation>
        </message>
        <message>
            <source>{count} of {units}</source>
            <translation>{count} av {units}</translation>
        </message>
        <message>
            <source>Rank</source>
            <translation>Placering</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Round</source>
            <translation>Omgång</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Totalt</translation>
        </message>
        <message>
            <source>{barrier}: the units that name it for the criterion</source>
            <translation>{barrier}: de enheter som anger det för kriteriet</translation>
        </message>
        <message>
            <source>The units that name a barrier for the criterion</source>
            <translation>De enheter som anger ett hinder för kriteriet</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Klart senast</translation>
        </message>
        <message>
            <source>Lead agency</source>
            <translation>Ansvarig myndighet</translation>
        </message>
        <message>
            <source>Responsible role</source>
            <translation>Ansvarig roll</translation>
        </message>
        <message>
            <source>What will be done</source>
            <translation>Vad ska göras</translation>
        </message>
        <message>
            <source>No date</source>
            <translation>Inget datum</translation>
        </message>
        <message>
            <source>⚠ {date} overdue</source>
            <translation>⚠ {date}, försenad</translation>
        </message>
        <message>
            <source>Still open after its due date</source>
            <translation>Fortfarande öppen efter sitt slutdatum</translation>
        </message>
        <message>
            <source>Open actions: {actions} in {units} of {all} units; overdue: {overdue}.</source>
            <translation>Öppna åtgärder: {actions} hos {units} av {all} enheter; försenade: {overdue}.</translation>
        </message>
        <message>
            <source>Compared with standards pack {pack} version {version}.</source>
            <translation>Jämfört med standardpaketet {pack} version {version}.</translation>
        </message>
        <message>
            <source>The packs differ, so what not every unit has is left out: standards {standards}; criteria {criteria}.</source>
            <translation>Paketen skiljer sig åt, så det som inte alla enheter har utelämnas: standarder {standards}; kriterier {criteria}.</translation>
        </message>
        <message>
            <source>Every unit has the same standards and criteria.</source>
            <translation>Alla enheter har samma standarder och kriterier.</translation>
        </message>
        <message>
            <source>Changed meaning between the versions of the standards the units use, so counted only for the units on version {version}: {criteria}.</source>
            <translation>Har ändrat innebörd mellan de versioner av standarderna som enheterna använder och räknas därför bara för enheterna på version {version}: {criteria}.</translation>
        </message>
        <message>
            <source>The comparison could not be saved: {error}</source>
            <translation>Jämförelsen kunde inte sparas: {error}</translation>
        </message>
        <message>
            <source>Saved {name}</source>
            <translation>Sparade {name}</translation>
        </message>
        <message>
            <source>Close the comparison?</source>
            <translation>Stänga jämförelsen?</translation>
        </message>
        <message numerus="yes">
            <source>The %n file(s) read and the aliases you gave are not kept: to compare them again, add them again.</source>
            <translation>
                <numerusform>%n inläst fil och de alias du har gett sparas inte: lägg till den igen för att jämföra den igen.</numerusform>
                <numerusform>De %n inlästa filerna och de alias du har gett sparas inte: lägg till dem igen för att jämföra dem igen.</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>S&amp;täng</translation>
        </message>
    </context>
    <context>
        <name>ConflictDialog</name>
        <message>
            <source>Answer</source>
            <translation>Svar</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Anteckning</translation>
        </message>
        <message>
            <source>Why not applicable</source>
            <translation>Varför ej tillämpligt</translation>
        </message>
        <message>
            <source>Flagged for discussion</source>
            <translation>Markerad för diskussion</translation>
        </message>
        <message>
            <source>Dissenting view</source>
            <translation>Avvikande uppfattning</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Namn</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Land</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Region</translation>
        </message>
        <message>
            <source>Lead agency</source>
            <translation>Huvudman</translation>
        </message>
        <message>
            <source>Opened</source>
            <translation>Öppnad</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Alias</source>
            <translation>Alias</translation>
        </message>
        <message>
            <source>Perspective</source>
            <translation>Perspektiv</translation>
        </message>
        <message>
            <source>Agency</source>
            <translation>Myndighet</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Beskrivning</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>(tomt)</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Ja</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Nej</translation>
        </message>
        <message>
            <source>Changed elsewhere</source>
            <translation>Ändrat någon annanstans</translation>
        </message>
        <message>
            <source>Compare the two and choose which to keep. Keeping yours saves it over the other change; keeping theirs shows what was saved elsewhere.</source>
            <translation>Jämför de två och välj vilken som ska behållas. Behåller du din ändring sparas den över den andra; behåller du den andra visas det som sparades där.</translation>
        </message>
        <message>
            <source>Your change and the one saved elsewhere</source>
            <translation>Din ändring och den som sparades någon annanstans</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Vad</translation>
        </message>
        <message>
            <source>Yours</source>
            <translation>Din</translation>
        </message>
        <message>
            <source>Saved elsewhere</source>
            <translation>Sparat någon annanstans</translation>
        </message>
        <message>
            <source>Keep &amp;mine</source>
            <translation>Behåll &amp;min</translation>
        </message>
        <message>
            <source>Keep &amp;theirs</source>
            <translation>Behåll &amp;deras</translation>
        </message>
    </context>
    <context>
        <name>ConsensusMode</name>
        <message>
            <source>Consensus meeting – {title}</source>
            <translation>Konsensusmöte – {title}</translation>
        </message>
        <message>
            <source>Position in the meeting</source>
            <translation>Plats i mötet</translation>
        </message>
        <message>
            <source>Agreed so far</source>
            <translation>Överenskommet hittills</translation>
        </message>
        <message>
            <source>Criteria agreed</source>
            <translation>Överenskomna kriterier</translation>
        </message>
        <message>
            <source>&amp;Order:</source>
            <translation>&amp;Ordning:</translation>
        </message>
        <message>
            <source>Most disagreement first</source>
            <translation>Störst oenighet först</translation>
        </message>
        <message>
            <source>Pack order</source>
            <translation>Paketets ordning</translation>
        </message>
        <message>
            <source>Order of the criteria</source>
            <translation>Kriteriernas ordning</translation>
        </message>
        <message>
            <source>Most disagreement first: the criteria that need discussion, then the rest in pack order</source>
            <translation>Störst oenighet först: de kriterier som behöver diskuteras, sedan resten i paketets ordning</translation>
        </message>
        <message>
            <source>&amp;Hide names</source>
            <translation>&amp;Dölj namn</translation>
        </message>
        <message>
            <source>Hide respondents' names</source>
            <translation>Dölj respondenternas namn</translation>
        </message>
        <message>
            <source>Show “Respondent 1”, “Respondent 2”… instead of aliases (Alt+H)</source>
            <translation>Visa ”Respondent 1”, ”Respondent 2”… i stället för alias (Alt+D)</translation>
        </message>
        <message>
            <source>Leave (Esc)</source>
            <translation>Lämna (Esc)</translation>
        </message>
        <message>
            <source>Leave the meeting</source>
            <translation>Lämna mötet</translation>
        </message>
        <message>
            <source>Back to the main window; everything is already saved (Esc)</source>
            <translation>Tillbaka till huvudfönstret; allt är redan sparat (Esc)</translation>
        </message>
        <message>
            <source>This round is finalised: its agreed answers are shown read-only. Reopen it from the Round menu to change them.</source>
            <translation>Omgången är slutförd: de överenskomna svaren visas skrivskyddade. Öppna den igen från menyn Omgång för att ändra dem.</translation>
        </message>
        <message>
            <source>The criterion and the respondents' answers</source>
            <translation>Kriteriet och respondenternas svar</translation>
        </message>
        <message>
            <source>Standard</source>
            <translation>Standard</translation>
        </message>
        <message>
            <source>Criterion statement</source>
            <translation>Kriteriets påstående</translation>
        </message>
        <message>
            <source>What counts as evidence</source>
            <translation>Vad som räknas som underlag</translation>
        </message>
        <message>
            <source>Answer agreed in the previous round</source>
            <translation>Svar som man kom överens om i föregående omgång</translation>
        </message>
        <message>
            <source>How the respondents answered</source>
            <translation>Hur respondenterna svarade</translation>
        </message>
        <message>
            <source>All respondents</source>
            <translation>Alla respondenter</translation>
        </message>
        <message>
            <source>What respondents wrote</source>
            <translation>Vad respondenterna skrev</translation>
        </message>
        <message>
            <source>The team's agreed answer</source>
            <translation>Teamets överenskomna svar</translation>
        </message>
        <message>
            <source>Agreed answer</source>
            <translation>Överenskommet svar</translation>
        </message>
        <message>
            <source>Agree on “{answer}” ({key} or Alt+{key})</source>
            <translation>Enas om ”{answer}” ({key} eller Alt+{key})</translation>
        </message>
        <message>
            <source>0  Clear</source>
            <translation>0  Rensa</translation>
        </message>
        <message>
            <source>Clear the agreed answer</source>
            <translation>Rensa det överenskomna svaret</translation>
        </message>
        <message>
            <source>No agreed answer (0 or Alt+0)</source>
            <translation>Inget överenskommet svar (0 eller Alt+0)</translation>
        </message>
        <message>
            <source>Saved as you type. PageDown / PageUp move to the next or previous criterion even while typing here, Ctrl+Enter to the next one without agreement; Left, Right, Home, End and digits edit the text. Esc leaves the meeting.</source>
            <translation>Sparas medan du skriver. PageDown/PageUp går till nästa eller föregående kriterium även när du skriver här, Ctrl+Enter till nästa utan överenskommelse; Vänster, Höger, Home, End och siffror redigerar texten. Esc lämnar mötet.</translation>
        </message>
        <message>
            <source>&amp;Why it does not apply:</source>
            <translation>&amp;Varför ej tillämpligt:</translation>
        </message>
        <message>
            <source>Why the criterion does not apply</source>
            <translation>Varför kriteriet inte är tillämpligt</translation>
        </message>
        <message>
            <source>&amp;Rationale and evidence:</source>
            <translation>&amp;Motivering och underlag:</translation>
        </message>
        <message>
            <source>Rationale and evidence of the agreed answer</source>
            <translation>Motivering och underlag för det överenskomna svaret</translation>
        </message>
        <message>
            <source>Why the team agreed on this answer</source>
            <translation>Varför teamet enades om det här svaret</translation>
        </message>
        <message>
            <source>&amp;Dissenting view:</source>
            <translation>&amp;Avvikande uppfattning:</translation>
        </message>
        <message>
            <source>Dissenting view</source>
            <translation>Avvikande uppfattning</translation>
        </message>
        <message>
            <source>A view that differs from the agreed answer, if anyone holds one</source>
            <translation>En uppfattning som skiljer sig från det överenskomna svaret, om någon har en sådan</translation>
        </message>
        <message>
            <source>◀ Previous (PgUp)</source>
            <translation>◀ Föregående (PgUp)</translation>
        </message>
        <message>
            <source>Previous criterion</source>
            <translation>Föregående kriterium</translation>
        </message>
        <message>
            <source>Previous criterion (PageUp, or Left)</source>
            <translation>Föregående kriterium (PageUp eller Vänster)</translation>
        </message>
        <message>
            <source>Next not agreed (Ctrl+Enter)</source>
            <translation>Nästa ej överenskomna (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>Next criterion without agreement</source>
            <translation>Nästa kriterium utan överenskommelse</translation>
        </message>
        <message>
            <source>The next criterion the team has not agreed on yet (Ctrl+Enter)</source>
            <translation>Nästa kriterium som teamet inte har enats om än (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>Next (PgDn) ▶</source>
            <translation>Nästa (PgDn) ▶</translation>
        </message>
        <message>
            <source>Next criterion</source>
            <translation>Nästa kriterium</translation>
        </message>
        <message>
            <source>Next criterion (PageDown, or Right)</source>
            <translation>Nästa kriterium (PageDown eller Höger)</translation>
        </message>
        <message>
            <source>{position}. {statement} {status}</source>
            <translation>{position}. {statement} {status}</translation>
        </message>
        <message>
            <source>Every criterion has an agreed answer. {position}</source>
            <translation>Alla kriterier har ett överenskommet svar. {position}</translation>
        </message>
        <message>
            <source>Criterion {position} of {count} · {id} · disagreement {value} · perspectives differ</source>
            <translation>Kriterium {position} av {count} · {id} · oenighet {value} · perspektiven skiljer sig åt</translation>
        </message>
        <message>
            <source>Criterion {position} of {count} · {id} · disagreement {value}</source>
            <translation>Kriterium {position} av {count} · {id} · oenighet {value}</translation>
        </message>
        <message>
            <source>Criterion {position} of {count} · {id}</source>
            <translation>Kriterium {position} av {count} · {id}</translation>
        </message>
        <message>
            <source>{agreed} of {total} agreed</source>
            <translation>{agreed} av {total} överenskomna</translation>
        </message>
        <message>
            <source>Standard {number} · {title}</source>
            <translation>Standard {number} · {title}</translation>
        </message>
        <message>
            <source>What counts as evidence: {evidence}</source>
            <translation>Vad som räknas som underlag: {evidence}</translation>
        </message>
        <message>
            <source>Not agreed yet</source>
            <translation>Inte överenskommet än</translation>
        </message>
        <message>
            <source>Agreed: {answer} (counts once the reason is written)</source>
            <translation>Överenskommet: {answer} (räknas när motiveringen är skriven)</translation>
        </message>
        <message>
            <source>Agreed: {answer}</source>
            <translation>Överenskommet: {answer}</translation>
        </message>
        <message>
            <source>This round is not compared with an earlier one.</source>
            <translation>Omgången jämförs inte med en tidigare omgång.</translation>
        </message>
        <message>
            <source>Agreed in {title}: no answer</source>
            <translation>Överenskommet i {title}: inget svar</translation>
        </message>
        <message>
            <source>Agreed in {title}: {answer}</source>
            <translation>Överenskommet i {title}: {answer}</translation>
        </message>
        <message>
            <source>Nobody wrote a note.</source>
            <translation>Ingen skrev någon anteckning.</translation>
        </message>
        <message>
            <source>{name} · {perspective} · {answer}</source>
            <translation>{name} · {perspective} · {answer}</translation>
        </message>
        <message>
            <source>The change could not be saved.

{reason}</source>
            <translation>Ändringen kunde inte sparas.

{reason}</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Inte sparat</translation>
        </message>
    </context>
    <context>
        <name>CopyData</name>
        <message>
            <source>Copied {source} to {target}:</source>
            <translation>Kopierade {source} till {target}:</translation>
        </message>
        <message>
            <source>Database format: {revision}.</source>
            <translation>Databasformat: {revision}.</translation>
        </message>
        <message>
            <source>{option} {given}: that is not a database PROMISE tracker can copy. Give a database file (a path, or sqlite:///path/to/promise-tracker.sqlite) or a PostgreSQL server database (postgresql+psycopg://user@host/database).</source>
            <translation>{option} {given}: det är ingen databas som PROMISE tracker kan kopiera. Ange en databasfil (en sökväg, eller sqlite:///sökväg/till/promise-tracker.sqlite) eller en databas på en PostgreSQL-server (postgresql+psycopg://användare@värd/databas).</translation>
        </message>
        <message>
            <source>{source} is both the source and the target. Nothing was copied.</source>
            <translation>{source} är både källa och mål. Ingenting kopierades.</translation>
        </message>
        <message>
            <source>Copying into {target} failed, so nothing was changed there: the role it connects as may not write every row ({reason}). Copy as the owner of the database's tables (the role that ran promise-tracker server init).</source>
            <translation>Kopieringen till {target} misslyckades, så ingenting ändrades där: rollen som den ansluter som får inte skriva alla rader ({reason}). Kopiera som ägaren till databasens tabeller (rollen som körde promise-tracker server init).</translation>
        </message>
        <message>
            <source>Copying into {target} failed, so nothing was changed there: {reason}</source>
            <translation>Kopieringen till {target} misslyckades, så ingenting ändrades där: {reason}</translation>
        </message>
        <message>
            <source>{source} does not exist (or is not a file). Nothing was copied.</source>
            <translation>{source} finns inte (eller är ingen fil). Ingenting kopierades.</translation>
        </message>
        <message>
            <source>{source} could not be read: {reason}</source>
            <translation>{source} kunde inte läsas: {reason}</translation>
        </message>
        <message>
            <source>{source} is not a PROMISE tracker database (or holds no data yet). Nothing was copied.</source>
            <translation>{source} är ingen PROMISE tracker-databas (eller innehåller inga uppgifter än). Ingenting kopierades.</translation>
        </message>
        <message>
            <source>{source} was saved by a newer version of PROMISE tracker (database format {revision}). Update PROMISE tracker on this computer, then copy again. Nothing was copied.</source>
            <translation>{source} sparades av en nyare version av PROMISE tracker (databasformat {revision}). Uppdatera PROMISE tracker på den här datorn och kopiera sedan igen. Ingenting kopierades.</translation>
        </message>
        <message>
            <source>{source} was saved by an older version of PROMISE tracker (database format {revision}; this version writes {head}). Upgrade it first: open it once with this version of PROMISE tracker (a server database: promise-tracker server upgrade), then copy again. Nothing was copied.</source>
            <translation>{source} sparades av en äldre version av PROMISE tracker (databasformat {revision}; den här versionen skriver {head}). Uppgradera den först: öppna den en gång med den här versionen av PROMISE tracker (en serverdatabas: promise-tracker server upgrade) och kopiera sedan igen. Ingenting kopierades.</translation>
        </message>
        <message>
            <source>{target} already holds data ({contents}). Nothing was copied. To delete everything in it and put the copied data in its place, run the command again with --replace.</source>
            <translation>{target} innehåller redan uppgifter ({contents}). Ingenting kopierades. Kör kommandot igen med --replace för att radera allt där och lägga in de kopierade uppgifterna i stället.</translation>
        </message>
        <message>
            <source>After copying, {target} does not show every row copied (in {tables}), so the copy was undone and nothing was changed there. Copy as the owner of the database's tables (the role that ran promise-tracker server init).</source>
            <translation>Efter kopieringen visar {target} inte alla kopierade rader (i {tables}), så kopieringen ångrades och ingenting ändrades där. Kopiera som ägaren till databasens tabeller (rollen som körde promise-tracker server init).</translation>
        </message>
    </context>
    <context>
        <name>CrashDialog</name>
        <message>
            <source>PROMISE tracker found that its database file is damaged and cannot go on safely. Close PROMISE tracker: when it starts again it says which backup to restore.

The details below help to fix it.</source>
            <translation>PROMISE tracker har upptäckt att databasfilen är skadad och kan inte fortsätta på ett säkert sätt. Stäng PROMISE tracker: när det startar igen visas vilken säkerhetskopia som ska återställas.

Uppgifterna nedan hjälper till att rätta felet.</translation>
        </message>
        <message>
            <source>PROMISE tracker found that its database file is damaged and cannot go on safely. Close PROMISE tracker: when it starts again it says which backup to restore.

The details below and the log file help to fix it:
{path}</source>
            <translation>PROMISE tracker har upptäckt att databasfilen är skadad och kan inte fortsätta på ett säkert sätt. Stäng PROMISE tracker: när det startar igen visas vilken säkerhetskopia som ska återställas.

Uppgifterna nedan och loggfilen hjälper till att rätta felet:
{path}</translation>
        </message>
        <message>
            <source>Something went wrong that PROMISE tracker did not expect. Your saved answers are safe.

The details below help to fix it.</source>
            <translation>Något gick fel som PROMISE tracker inte väntade sig. Dina sparade svar är i säkerhet.

Uppgifterna nedan hjälper till att rätta felet.</translation>
        </message>
        <message>
            <source>Something went wrong that PROMISE tracker did not expect. Your saved answers are safe.

The details below and the log file help to fix it:
{path}</source>
            <translation>Något gick fel som PROMISE tracker inte väntade sig. Dina sparade svar är i säkerhet.

Uppgifterna nedan och loggfilen hjälper till att rätta felet:
{path}</translation>
        </message>
        <message>
            <source>Unexpected error</source>
            <translation>Oväntat fel</translation>
        </message>
        <message>
            <source>Cannot open the data</source>
            <translation>Det går inte att öppna dina uppgifter</translation>
        </message>
    </context>
    <context>
        <name>CriteriaTreeModel</name>
        <message>
            <source>Standard / criterion</source>
            <translation>Standard/kriterium</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Framsteg</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Resultat</translation>
        </message>
        <message>
            <source>{id} {flag}  {statement}</source>
            <translation>{id} {flag}  {statement}</translation>
        </message>
        <message>
            <source>{id}  {statement}</source>
            <translation>{id}  {statement}</translation>
        </message>
        <message>
            <source>{flag} Flagged for discussion</source>
            <translation>{flag} Markerad för diskussion</translation>
        </message>
        <message>
            <source>{id}, flagged for discussion: {statement}</source>
            <translation>{id}, markerad för diskussion: {statement}</translation>
        </message>
        <message>
            <source>{id}: {statement}</source>
            <translation>{id}: {statement}</translation>
        </message>
        <message>
            <source>Criterion of standard {number} {title}</source>
            <translation>Kriterium under standard {number} {title}</translation>
        </message>
        <message>
            <source>{answer}: carried forward from an earlier round. Not counted until your team confirms or changes it.</source>
            <translation>{answer}: överfört från en tidigare omgång. Räknas inte förrän teamet bekräftar eller ändrar det.</translation>
        </message>
        <message>
            <source>Not answered yet</source>
            <translation>Inte besvarat än</translation>
        </message>
        <message>
            <source>Unanswered</source>
            <translation>Obesvarat</translation>
        </message>
        <message>
            <source>{answer}: reason needed</source>
            <translation>{answer}: motivering krävs</translation>
        </message>
        <message>
            <source>{answer}, to confirm</source>
            <translation>{answer}, att bekräfta</translation>
        </message>
        <message>
            <source>{symbol} {answer}</source>
            <translation>{symbol} {answer}</translation>
        </message>
        <message>
            <source>{percent} %</source>
            <translation>{percent} %</translation>
        </message>
        <message>
            <source>{symbol} Reason needed</source>
            <translation>{symbol} Motivering krävs</translation>
        </message>
        <message>
            <source>{symbol} {answer}?</source>
            <translation>{symbol} {answer}?</translation>
        </message>
        <message>
            <source>{answered} of {total} answered, no score yet</source>
            <translation>{answered} av {total} besvarade, inget resultat än</translation>
        </message>
        <message>
            <source>{answered} of {total} answered, score {percent} %</source>
            <translation>{answered} av {total} besvarade, resultat {percent} %</translation>
        </message>
        <message>
            <source>Standard</source>
            <translation>Standard</translation>
        </message>
        <message>
            <source>Part of standard {number} {title}</source>
            <translation>Del av standard {number} {title}</translation>
        </message>
        <message>
            <source>No score yet</source>
            <translation>Inget resultat än</translation>
        </message>
        <message>
            <source>Score {percent} %</source>
            <translation>Resultat {percent} %</translation>
        </message>
        <message>
            <source>{number}  {title}</source>
            <translation>{number}  {title}</translation>
        </message>
        <message>
            <source>{answered}/{total}</source>
            <translation>{answered}/{total}</translation>
        </message>
    </context>
    <context>
        <name>CriterionHistoryDialog</name>
        <message>
            <source>History of criterion {criterion}</source>
            <translation>Ändringshistorik för kriterium {criterion}</translation>
        </message>
        <message>
            <source>Every change saved to criterion {criterion} in the round {round}, newest first: the team's answer, each respondent's, the barrier and the actions.</source>
            <translation>Varje ändring som sparats i kriterium {criterion} i omgången {round}, den senaste först: teamets svar, varje respondents svar, hindret och åtgärderna.</translation>
        </message>
        <message>
            <source>About this history</source>
            <translation>Om historiken</translation>
        </message>
        <message>
            <source>When</source>
            <translation>När</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Vem</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Vad</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Ändring</translation>
        </message>
        <message>
            <source>Changes to criterion {criterion}, newest first</source>
            <translation>Ändringar i kriterium {criterion}, den senaste först</translation>
        </message>
        <message>
            <source>Columns of the history</source>
            <translation>Historikens kolumner</translation>
        </message>
        <message>
            <source>No change to this criterion has been saved yet. Changes are recorded from this version of PROMISE tracker on.</source>
            <translation>Ingen ändring av kriteriet har sparats ännu. Ändringar registreras från och med den här versionen av PROMISE tracker.</translation>
        </message>
        <message>
            <source>No history yet</source>
            <translation>Ingen historik ännu</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>Teamet</translation>
        </message>
        <message>
            <source>A removed respondent</source>
            <translation>En borttagen respondent</translation>
        </message>
        <message>
            <source>Barrier</source>
            <translation>Hinder</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Åtgärd</translation>
        </message>
        <message>
            <source>Round</source>
            <translation>Omgång</translation>
        </message>
        <message>
            <source>Respondent</source>
            <translation>Respondent</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Enhet</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Händelse</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>Tillagt</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>Ändrat</translation>
        </message>
        <message>
            <source>Removed</source>
            <translation>Borttaget</translation>
        </message>
        <message>
            <source>{action}: {details}</source>
            <translation>{action}: {details}</translation>
        </message>
        <message>
            <source>{field} {new}</source>
            <translation>{field} {new}</translation>
        </message>
        <message>
            <source>{field} was {old}</source>
            <translation>{field} var {old}</translation>
        </message>
        <message>
            <source>{field} from {old} to {new}</source>
            <translation>{field} från {old} till {new}</translation>
        </message>
        <message>
            <source>flagged for discussion</source>
            <translation>markerad för diskussion</translation>
        </message>
        <message>
            <source>flag removed</source>
            <translation>markering borttagen</translation>
        </message>
        <message>
            <source>carried forward, to confirm</source>
            <translation>överfört, att bekräfta</translation>
        </message>
        <message>
            <source>confirmed</source>
            <translation>bekräftat</translation>
        </message>
        <message>
            <source>moved from criterion {old}</source>
            <translation>flyttat från kriterium {old}</translation>
        </message>
        <message>
            <source>answer</source>
            <translation>svar</translation>
        </message>
        <message>
            <source>evidence note</source>
            <translation>anteckning om underlag</translation>
        </message>
        <message>
            <source>reason for not applicable</source>
            <translation>motivering för ej tillämpligt</translation>
        </message>
        <message>
            <source>dissenting view</source>
            <translation>avvikande uppfattning</translation>
        </message>
        <message>
            <source>barrier</source>
            <translation>hinder</translation>
        </message>
        <message>
            <source>description</source>
            <translation>beskrivning</translation>
        </message>
        <message>
            <source>title</source>
            <translation>titel</translation>
        </message>
        <message>
            <source>status</source>
            <translation>status</translation>
        </message>
        <message>
            <source>due date</source>
            <translation>klart senast</translation>
        </message>
        <message>
            <source>lead agency</source>
            <translation>ansvarig myndighet</translation>
        </message>
        <message>
            <source>responsible role</source>
            <translation>ansvarig roll</translation>
        </message>
        <message>
            <source>progress note</source>
            <translation>lägesanteckning</translation>
        </message>
        <message>
            <source>criterion</source>
            <translation>kriterium</translation>
        </message>
    </context>
    <context>
        <name>CriterionPage</name>
        <message>
            <source>Choose a criterion to answer it.</source>
            <translation>Välj ett kriterium för att besvara det.</translation>
        </message>
        <message>
            <source>Criterion</source>
            <translation>Kriterium</translation>
        </message>
        <message>
            <source>This round is finalised and read-only. Reopen it from the Round menu to change answers.</source>
            <translation>Omgången är slutförd och skrivskyddad. Öppna den igen från menyn Omgång för att ändra svar.</translation>
        </message>
        <message>
            <source>Round is read-only</source>
            <translation>Omgången är skrivskyddad</translation>
        </message>
        <message>
            <source>Standard</source>
            <translation>Standard</translation>
        </message>
        <message>
            <source>Criterion id</source>
            <translation>Kriteriets id</translation>
        </message>
        <message>
            <source>Position in the round</source>
            <translation>Plats i omgången</translation>
        </message>
        <message>
            <source>Criterion statement</source>
            <translation>Kriteriets påstående</translation>
        </message>
        <message>
            <source>What counts as evidence</source>
            <translation>Vad som räknas som underlag</translation>
        </message>
        <message>
            <source>Rooms and agencies concerned</source>
            <translation>Berörda rum och myndigheter</translation>
        </message>
        <message>
            <source>It counts as unanswered until your team confirms it as it is or changes it.</source>
            <translation>Det räknas som obesvarat tills teamet bekräftar det som det är eller ändrar det.</translation>
        </message>
        <message>
            <source>Confirm</source>
            <translation>Bekräfta</translation>
        </message>
        <message>
            <source>Keep this answer for this round; it counts from now on ({shortcut})</source>
            <translation>Behåll svaret för den här omgången; det räknas från och med nu ({shortcut})</translation>
        </message>
        <message>
            <source>Confirm every answer of this standard still carried forward, as it is (Undo takes it back)</source>
            <translation>Bekräfta alla svar i standarden som fortfarande är överförda, som de är (Ångra tar tillbaka det)</translation>
        </message>
        <message>
            <source>Your team's answer</source>
            <translation>Teamets svar</translation>
        </message>
        <message>
            <source>Clear answer</source>
            <translation>Rensa svaret</translation>
        </message>
        <message>
            <source>Remove the answer; the criterion counts as unanswered ({shortcut})</source>
            <translation>Ta bort svaret; kriteriet räknas som obesvarat ({shortcut})</translation>
        </message>
        <message>
            <source>Why this criterion does not apply</source>
            <translation>Varför kriteriet inte är tillämpligt</translation>
        </message>
        <message>
            <source>Why does this criterion not apply to your Barnahus?</source>
            <translation>Varför är kriteriet inte tillämpligt för ert Barnahus?</translation>
        </message>
        <message>
            <source>⚠ Not counted until you write why this does not apply</source>
            <translation>⚠ Räknas inte förrän du skriver varför det inte är tillämpligt</translation>
        </message>
        <message>
            <source>Ev&amp;idence note</source>
            <translation>Anteckning om &amp;underlag</translation>
        </message>
        <message>
            <source>Evidence note</source>
            <translation>Anteckning om underlag</translation>
        </message>
        <message>
            <source>What shows this? Documents, routines, observations…</source>
            <translation>Vad visar detta? Dokument, rutiner, iakttagelser…</translation>
        </message>
        <message>
            <source>What shows your team's answer; saved as you type</source>
            <translation>Det som visar teamets svar; sparas medan du skriver</translation>
        </message>
        <message>
            <source>Describe how the service works. Never write a child's name, personal number or case details.</source>
            <translation>Beskriv hur verksamheten fungerar. Skriv aldrig ett barns namn, personnummer eller uppgifter om ärendet.</translation>
        </message>
        <message>
            <source>⚠ This looks like a personal identity number. Please remove it: notes must never identify a child.</source>
            <translation>⚠ Det här ser ut som ett personnummer. Ta bort det: anteckningar får aldrig kunna identifiera ett barn.</translation>
        </message>
        <message>
            <source>Flag for discussion</source>
            <translation>Markera för diskussion</translation>
        </message>
        <message>
            <source>Mark this criterion to talk about in the team ({shortcut})</source>
            <translation>Markera kriteriet för att diskutera det i teamet ({shortcut})</translation>
        </message>
        <message>
            <source>Previous round</source>
            <translation>Föregående omgång</translation>
        </message>
        <message>
            <source>Answer “{answer}” ({shortcut})</source>
            <translation>Svara ”{answer}” ({shortcut})</translation>
        </message>
        <message>
            <source>Answer “{answer}”</source>
            <translation>Svara ”{answer}”</translation>
        </message>
        <message>
            <source>Answer of {alias}</source>
            <translation>Svar från {alias}</translation>
        </message>
        <message>
            <source>no answer</source>
            <translation>inget svar</translation>
        </message>
        <message>
            <source>{position}: {id}, {statement} Answer: {answer}</source>
            <translation>{position}: {id}, {statement} Svar: {answer}</translation>
        </message>
        <message>
            <source>Criterion {position} of {count}</source>
            <translation>Kriterium {position} av {count}</translation>
        </message>
        <message>
            <source>What counts as evidence: {evidence}</source>
            <translation>Vad som räknas som underlag: {evidence}</translation>
        </message>
        <message>
            <source>Concerns: {concerns}</source>
            <translation>Berör: {concerns}</translation>
        </message>
        <message>
            <source>Standard {number} · {title}</source>
            <translation>Standard {number} · {title}</translation>
        </message>
        <message>
            <source>Standard {number} · {title} › {sub_number} {sub_title}</source>
            <translation>Standard {number} · {title} › {sub_number} {sub_title}</translation>
        </message>
        <message>
            <source>↻ Carried forward from “{round}”: confirm or change it</source>
            <translation>↻ Överfört från ”{round}”: bekräfta eller ändra det</translation>
        </message>
        <message>
            <source>↻ Carried forward from an earlier round: confirm or change it</source>
            <translation>↻ Överfört från en tidigare omgång: bekräfta eller ändra det</translation>
        </message>
        <message numerus="yes">
            <source>Confirm all %n in standard {number}</source>
            <translation>
                <numerusform>Bekräfta %n i standard {number}</numerusform>
                <numerusform>Bekräfta alla %n i standard {number}</numerusform>
            </translation>
        </message>
        <message>
            <source>This round is not compared with an earlier one.</source>
            <translation>Omgången jämförs inte med en tidigare omgång.</translation>
        </message>
        <message>
            <source>{title} ({date})</source>
            <translation>{title} ({date})</translation>
        </message>
        <message>
            <source>No earlier answer</source>
            <translation>Inget tidigare svar</translation>
        </message>
        <message>
            <source>Answer: {answer}</source>
            <translation>Svar: {answer}</translation>
        </message>
        <message>
            <source>The team's answer: {answer}</source>
            <translation>Teamets svar: {answer}</translation>
        </message>
        <message>
            <source>Why not applicable: {reason}</source>
            <translation>Varför ej tillämpligt: {reason}</translation>
        </message>
        <message>
            <source>Note: {note}</source>
            <translation>Anteckning: {note}</translation>
        </message>
        <message>
            <source>⚠ Not saved yet. Your text stays here and is saved as soon as that works again.</source>
            <translation>⚠ Inte sparat än. Texten finns kvar här och sparas så snart det går igen.</translation>
        </message>
        <message>
            <source>Confirm the answers of standard {number}</source>
            <translation>Bekräfta svaren i standard {number}</translation>
        </message>
        <message>
            <source>{id}: no answer</source>
            <translation>{id}: inget svar</translation>
        </message>
        <message>
            <source>{id}: answer {answer}</source>
            <translation>{id}: svar {answer}</translation>
        </message>
        <message>
            <source>not counted until you write why</source>
            <translation>räknas inte förrän du skriver varför</translation>
        </message>
        <message>
            <source>flagged for discussion</source>
            <translation>markerad för diskussion</translation>
        </message>
        <message>
            <source>to confirm</source>
            <translation>att bekräfta</translation>
        </message>
        <message>
            <source>Your change could not be saved.

{reason}</source>
            <translation>Din ändring kunde inte sparas.

{reason}</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Inte sparat</translation>
        </message>
    </context>
    <context>
        <name>DatabaseRoundsDialog</name>
        <message>
            <source>Add the units in this database</source>
            <translation>Lägg till enheterna i den här databasen</translation>
        </message>
        <message>
            <source>{database}: every unit you may read is added to the comparison, each on one of its rounds. Choose which:</source>
            <translation>{database}: alla enheter som du får läsa läggs till i jämförelsen, var och en med en av sina omgångar. Välj vilken:</translation>
        </message>
        <message>
            <source>Its &amp;latest round</source>
            <translation>Dess &amp;senaste omgång</translation>
        </message>
        <message>
            <source>Its latest round on or &amp;before:</source>
            <translation>Dess senaste omgång till och &amp;med:</translation>
        </message>
        <message>
            <source>Its latest round &amp;titled:</source>
            <translation>Dess senaste omgång med &amp;titeln:</translation>
        </message>
        <message>
            <source>Latest round on or before</source>
            <translation>Senaste omgång till och med</translation>
        </message>
        <message>
            <source>Round title</source>
            <translation>Omgångens titel</translation>
        </message>
        <message>
            <source>e.g. Self-assessment 2025</source>
            <translation>t.ex. Självskattning 2025</translation>
        </message>
        <message>
            <source>Capitals and spaces around the title do not matter.</source>
            <translation>Versaler och mellanslag runt titeln spelar ingen roll.</translation>
        </message>
        <message>
            <source>Include rounds in &amp;progress (not finalised yet)</source>
            <translation>Ta med &amp;pågående omgångar (ännu inte slutförda)</translation>
        </message>
        <message>
            <source>A round in progress may still change; if less than 80 % of it is answered, the comparison marks it incomplete.</source>
            <translation>En pågående omgång kan fortfarande ändras; om mindre än 80 % av den är besvarad markerar jämförelsen den som ofullständig.</translation>
        </message>
        <message>
            <source>&amp;Add units</source>
            <translation>&amp;Lägg till enheter</translation>
        </message>
        <message>
            <source>Type the title of the rounds to compare.</source>
            <translation>Skriv titeln på de omgångar som ska jämföras.</translation>
        </message>
    </context>
    <context>
        <name>DemoReset</name>
        <message>
            <source>{folder} is not a demo data folder; only the demo can be reset.</source>
            <translation>{folder} är ingen mapp med demodata; bara demon kan återställas.</translation>
        </message>
    </context>
    <context>
        <name>DisagreementView</name>
        <message>
            <source>{value}%</source>
            <translation>{value} %</translation>
        </message>
        <message>
            <source>Respondent {number}</source>
            <translation>Respondent {number}</translation>
        </message>
        <message>
            <source>no answer</source>
            <translation>inget svar</translation>
        </message>
        <message>
            <source>Colours: {labels}</source>
            <translation>Färger: {labels}</translation>
        </message>
        <message>
            <source>Round</source>
            <translation>Omgång</translation>
        </message>
        <message>
            <source>&amp;Hide names</source>
            <translation>&amp;Dölj namn</translation>
        </message>
        <message>
            <source>Hide respondents' names</source>
            <translation>Dölj respondenternas namn</translation>
        </message>
        <message>
            <source>Show “Respondent 1”, “Respondent 2”… instead of aliases (Alt+H)</source>
            <translation>Visa ”Respondent 1”, ”Respondent 2”… i stället för alias (Alt+D)</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Uppdatera</translation>
        </message>
        <message>
            <source>Read the round's answers again ({shortcut})</source>
            <translation>Läs in omgångens svar igen ({shortcut})</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Uppdatera</translation>
        </message>
        <message>
            <source>How the round's score is counted</source>
            <translation>Hur omgångens resultat räknas</translation>
        </message>
        <message>
            <source>Scores by standard</source>
            <translation>Resultat per standard</translation>
        </message>
        <message>
            <source>Respondents' mean: the mean of each respondent's own score. Disagreement: 0 when everyone who answered agrees, 1 when answers split evenly over every option (mean over the standard's criteria).</source>
            <translation>Respondenternas medelvärde: medelvärdet av varje respondents eget resultat. Oenighet: 0 när alla som svarat är eniga, 1 när svaren fördelar sig jämnt över alla alternativ (medelvärde över standardens kriterier).</translation>
        </message>
        <message>
            <source>Needs discussion</source>
            <translation>Behöver diskuteras</translation>
        </message>
        <message>
            <source>Hide criteria the team has &amp;agreed</source>
            <translation>Dölj kriterier som teamet har &amp;enats om</translation>
        </message>
        <message>
            <source>Leave out the criteria that already have an agreed answer; shown, they say the answer in the Agreed column</source>
            <translation>Utelämna kriterier som redan har ett överenskommet svar; när de visas står svaret i kolumnen Överenskommet</translation>
        </message>
        <message>
            <source>Criteria that need discussion</source>
            <translation>Kriterier som behöver diskuteras</translation>
        </message>
        <message>
            <source>Selected criterion</source>
            <translation>Valt kriterium</translation>
        </message>
        <message>
            <source>Criterion statement</source>
            <translation>Kriteriets påstående</translation>
        </message>
        <message>
            <source>Answers by perspective</source>
            <translation>Svar per perspektiv</translation>
        </message>
        <message>
            <source>What respondents &amp;wrote</source>
            <translation>Vad respondenterna &amp;skrev</translation>
        </message>
        <message>
            <source>Respondents' notes</source>
            <translation>Respondenternas anteckningar</translation>
        </message>
        <message>
            <source>Disagreement in “{title}” ({date}) · {count} respondents</source>
            <translation>Oenighet i ”{title}” ({date}) · {count} respondenter</translation>
        </message>
        <message>
            <source>The round's score is the team's agreed score: the answers the team agreed on.</source>
            <translation>Omgångens resultat är teamets överenskomna resultat: de svar som teamet har kommit överens om.</translation>
        </message>
        <message>
            <source>No answer is agreed yet: the round's score pools all respondents until the team agrees answers.</source>
            <translation>Inget svar är överenskommet än: omgångens resultat väger samman alla respondenter tills teamet är överens om svaren.</translation>
        </message>
        <message>
            <source>Standard</source>
            <translation>Standard</translation>
        </message>
        <message>
            <source>Respondents' mean</source>
            <translation>Respondenternas medelvärde</translation>
        </message>
        <message>
            <source>Consensus</source>
            <translation>Konsensus</translation>
        </message>
        <message>
            <source>Disagreement</source>
            <translation>Oenighet</translation>
        </message>
        <message>
            <source>All standards</source>
            <translation>Alla standarder</translation>
        </message>
        <message>
            <source>Criterion</source>
            <translation>Kriterium</translation>
        </message>
        <message>
            <source>Statement</source>
            <translation>Påstående</translation>
        </message>
        <message>
            <source>Answers</source>
            <translation>Svar</translation>
        </message>
        <message>
            <source>Perspectives</source>
            <translation>Perspektiv</translation>
        </message>
        <message>
            <source>Agreed</source>
            <translation>Överenskommet</translation>
        </message>
        <message>
            <source>disagree</source>
            <translation>oeniga</translation>
        </message>
        <message>
            <source>The perspectives' most common answers differ</source>
            <translation>Perspektivens vanligaste svar skiljer sig åt</translation>
        </message>
        <message>
            <source>The perspectives' most common answers overlap</source>
            <translation>Perspektivens vanligaste svar överlappar</translation>
        </message>
        <message numerus="yes">
            <source>Needs discussion (%n criteria)</source>
            <translation>
                <numerusform>Behöver diskuteras (%n kriterium)</numerusform>
                <numerusform>Behöver diskuteras (%n kriterier)</numerusform>
            </translation>
        </message>
        <message>
            <source>This round has no respondents yet, so there is nothing to compare. Add the people who answer under Team &gt; Respondents… (Ctrl+Shift+R); their answers show here as they come in.</source>
            <translation>Omgången har inga respondenter ännu, så det finns inget att jämföra. Lägg till dem som svarar under Team &gt; Respondenter… (Ctrl+Shift+R); deras svar visas här när de kommer in.</translation>
        </message>
        <message>
            <source>The team has agreed an answer on every criterion that needed discussion. Untick “Hide criteria the team has agreed” to see them again.</source>
            <translation>Teamet har enats om ett svar på varje kriterium som behövde diskuteras. Avmarkera ”Dölj kriterier som teamet har enats om” för att se dem igen.</translation>
        </message>
        <message>
            <source>The respondents' answers agree: no criterion needs discussion.</source>
            <translation>Respondenternas svar stämmer överens: inget kriterium behöver diskuteras.</translation>
        </message>
        <message>
            <source>No respondents yet.</source>
            <translation>Inga respondenter ännu.</translation>
        </message>
        <message>
            <source>No criterion needs discussion.</source>
            <translation>Inget kriterium behöver diskuteras.</translation>
        </message>
        <message>
            <source>All respondents</source>
            <translation>Alla respondenter</translation>
        </message>
        <message>
            <source>Perspective</source>
            <translation>Perspektiv</translation>
        </message>
        <message>
            <source>Answered</source>
            <translation>Besvarade</translation>
        </message>
        <message>
            <source>Why not applicable: {reason}</source>
            <translation>Varför ej tillämpligt: {reason}</translation>
        </message>
        <message>
            <source>Respondent</source>
            <translation>Respondent</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Svar</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Anteckning</translation>
        </message>
    </context>
    <context>
        <name>ElsewhereNotice</name>
        <message>
            <source>Show the other change</source>
            <translation>Visa den andra ändringen</translation>
        </message>
        <message>
            <source>Show the answer as it was saved elsewhere, in place of your text.</source>
            <translation>Visa svaret så som det sparades på annat håll, i stället för din text.</translation>
        </message>
        <message>
            <source>Close the message</source>
            <translation>Stäng meddelandet</translation>
        </message>
    </context>
    <context>
        <name>EventDialog</name>
        <message>
            <source>Edit event</source>
            <translation>Redigera händelse</translation>
        </message>
        <message>
            <source>New event</source>
            <translation>Ny händelse</translation>
        </message>
        <message>
            <source>Events are things that happened to your unit, such as a move, new staff or a new routine. They are drawn on the chart of scores over time.</source>
            <translation>Händelser är sådant som har hänt enheten, till exempel en flytt, ny personal eller en ny rutin. De ritas in i diagrammet över resultat över tid.</translation>
        </message>
        <message>
            <source>Date of the event</source>
            <translation>Händelsens datum</translation>
        </message>
        <message>
            <source>Title of the event</source>
            <translation>Händelsens titel</translation>
        </message>
        <message>
            <source>For example: Moved to new premises</source>
            <translation>Till exempel: Flyttade till nya lokaler</translation>
        </message>
        <message>
            <source>Description of the event</source>
            <translation>Beskrivning av händelsen</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Datum:</translation>
        </message>
        <message>
            <source>When it happened; the arrow opens a calendar.</source>
            <translation>När det hände; pilen öppnar en kalender.</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Titel:</translation>
        </message>
        <message>
            <source>A short name, shown on the chart.</source>
            <translation>Ett kort namn som visas i diagrammet.</translation>
        </message>
        <message>
            <source>D&amp;escription:</source>
            <translation>&amp;Beskrivning:</translation>
        </message>
        <message>
            <source>Optional: what happened and why it may matter.</source>
            <translation>Valfritt: vad som hände och varför det kan spela roll.</translation>
        </message>
        <message>
            <source>Save the event</source>
            <translation>Spara händelsen</translation>
        </message>
        <message>
            <source>Enter a title for the event.</source>
            <translation>Skriv en titel för händelsen.</translation>
        </message>
    </context>
    <context>
        <name>ExchangeActions</name>
        <message>
            <source>&amp;Export to Excel…</source>
            <translation>E&amp;xportera till Excel…</translation>
        </message>
        <message>
            <source>Write this round or the unit's history to an Excel workbook</source>
            <translation>Skriv den här omgången eller enhetens historik till en Excel-arbetsbok</translation>
        </message>
        <message>
            <source>&amp;Import from Excel…</source>
            <translation>&amp;Importera från Excel…</translation>
        </message>
        <message>
            <source>Bring in rounds exported by another PROMISE tracker</source>
            <translation>Hämta in omgångar som exporterats från ett annat PROMISE tracker</translation>
        </message>
        <message>
            <source>&amp;Compare units…</source>
            <translation>&amp;Jämför enheter…</translation>
        </message>
        <message>
            <source>Compare the exports of several units (for coordinators)</source>
            <translation>Jämför exporterna från flera enheter (för samordnare)</translation>
        </message>
    </context>
    <context>
        <name>Export</name>
        <message>
            <source>Cannot write to {folder}: {error}</source>
            <translation>Kan inte skriva till {folder}: {error}</translation>
        </message>
        <message>
            <source>Cannot write {path}: {error}</source>
            <translation>Kan inte skriva {path}: {error}</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Export to Excel</source>
            <translation>Exportera till Excel</translation>
        </message>
        <message>
            <source>Write the results of {unit} to an Excel workbook: scores per standard, every criterion's answer and charts. The file can be opened in any spreadsheet program and imported into PROMISE tracker elsewhere.</source>
            <translation>Skriv resultaten för {unit} till en Excel-arbetsbok: resultat per standard, svaret på varje kriterium och diagram. Filen kan öppnas i alla kalkylprogram och importeras i PROMISE tracker på en annan dator.</translation>
        </message>
        <message>
            <source>What to export</source>
            <translation>Vad som ska exporteras</translation>
        </message>
        <message>
            <source>&amp;This round: {title}</source>
            <translation>&amp;Den här omgången: {title}</translation>
        </message>
        <message>
            <source>&amp;This round (no round is open)</source>
            <translation>&amp;Den här omgången (ingen omgång är öppen)</translation>
        </message>
        <message>
            <source>The open round's answers, with the unit's earlier scores for context.</source>
            <translation>Den öppna omgångens svar, med enhetens tidigare resultat som bakgrund.</translation>
        </message>
        <message>
            <source>The unit's whole &amp;history (every round)</source>
            <translation>Enhetens hela &amp;historik (alla omgångar)</translation>
        </message>
        <message>
            <source>Every round of the unit, oldest first.</source>
            <translation>Alla enhetens omgångar, den äldsta först.</translation>
        </message>
        <message>
            <source>Language of the standards in the file</source>
            <translation>Språk för standarderna i filen</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Språk:</translation>
        </message>
        <message>
            <source>The language the standards and criteria are written in, in the file.</source>
            <translation>Det språk som standarderna och kriterierna skrivs på i filen.</translation>
        </message>
        <message>
            <source>Leave out notes and &amp;justifications (to share)</source>
            <translation>Utelämna anteckningar och &amp;motiveringar (för att dela)</translation>
        </message>
        <message>
            <source>Make a file that is safe to share outside the team.</source>
            <translation>Skapa en fil som är säker att dela utanför teamet.</translation>
        </message>
        <message>
            <source>Scores and answers stay; evidence notes and N/A justifications are left out and respondents are shown as Respondent 1, 2, …</source>
            <translation>Resultat och svar finns kvar; anteckningar om underlag och motiveringar för ej tillämpligt utelämnas och respondenterna visas som Respondent 1, 2, …</translation>
        </message>
        <message>
            <source>Why Export is not available</source>
            <translation>Varför det inte går att exportera</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>&amp;Exportera…</translation>
        </message>
        <message>
            <source>Choose where to save, then export</source>
            <translation>Välj var filen ska sparas och exportera sedan</translation>
        </message>
        <message>
            <source>Choose a file name and write the workbook.</source>
            <translation>Välj ett filnamn och skriv arbetsboken.</translation>
        </message>
        <message>
            <source>Where the file was saved</source>
            <translation>Var filen sparades</translation>
        </message>
        <message>
            <source>&amp;Open folder</source>
            <translation>&amp;Öppna mappen</translation>
        </message>
        <message>
            <source>Open the folder of the exported file</source>
            <translation>Öppna mappen med den exporterade filen</translation>
        </message>
        <message>
            <source>Show the folder in the file manager.</source>
            <translation>Visa mappen i filhanteraren.</translation>
        </message>
        <message>
            <source>{unit} - {round}</source>
            <translation>{unit} - {round}</translation>
        </message>
        <message>
            <source>{unit} - all rounds</source>
            <translation>{unit} - alla omgångar</translation>
        </message>
        <message>
            <source>{name} (to share)</source>
            <translation>{name} (för delning)</translation>
        </message>
        <message>
            <source>Saved to {path}, protected with a password. Give the password to the recipient another way than the file.</source>
            <translation>Sparad i {path}, skyddad med lösenord. Ge lösenordet till mottagaren på ett annat sätt än filen.</translation>
        </message>
        <message>
            <source>Saved to {path}</source>
            <translation>Sparad i {path}</translation>
        </message>
        <message>
            <source>Could not export</source>
            <translation>Exporten misslyckades</translation>
        </message>
        <message>
            <source>The file was not written.

{reason}</source>
            <translation>Filen skrevs inte.

{reason}</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel-arbetsbok (*.xlsx)</translation>
        </message>
    </context>
    <context>
        <name>ExportNames</name>
        <message>
            <source>Police</source>
            <translation>Polis</translation>
        </message>
        <message>
            <source>Prosecution</source>
            <translation>Åklagare</translation>
        </message>
        <message>
            <source>Child protection</source>
            <translation>Socialtjänst</translation>
        </message>
        <message>
            <source>Health</source>
            <translation>Hälso- och sjukvård</translation>
        </message>
        <message>
            <source>Mental health</source>
            <translation>Psykiatri</translation>
        </message>
        <message>
            <source>Barnahus staff</source>
            <translation>Barnahuspersonal</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Annat</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Planerad</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>Pågående</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Genomförd</translation>
        </message>
        <message>
            <source>Dropped</source>
            <translation>Avbruten</translation>
        </message>
        <message>
            <source>National law or policy</source>
            <translation>Nationell lagstiftning eller policy</translation>
        </message>
        <message>
            <source>Funding or resources</source>
            <translation>Finansiering eller resurser</translation>
        </message>
        <message>
            <source>Organisation or local practice</source>
            <translation>Organisation eller lokal praxis</translation>
        </message>
        <message>
            <source>Not yet started</source>
            <translation>Ännu inte påbörjat</translation>
        </message>
    </context>
    <context>
        <name>FileListInput</name>
        <message>
            <source>The folder {folder} could not be read. Check that it is still there and that you may open it.</source>
            <translation>Mappen {folder} kunde inte läsas. Kontrollera att den finns kvar och att du får öppna den.</translation>
        </message>
        <message>
            <source>No Excel workbooks (.xlsx) in the folder {folder}.</source>
            <translation>Inga Excel-arbetsböcker (.xlsx) i mappen {folder}.</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) skipped: only Excel workbooks (.xlsx) can be imported ({files}).</source>
            <translation>
                <numerusform>%n fil hoppades över: bara Excel-arbetsböcker (.xlsx) kan importeras ({files}).</numerusform>
                <numerusform>%n filer hoppades över: bara Excel-arbetsböcker (.xlsx) kan importeras ({files}).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Forms</name>
        <message>
            <source>{tip} ({shortcut})</source>
            <translation>{tip} ({shortcut})</translation>
        </message>
        <message>
            <source>What is missing</source>
            <translation>Vad som saknas</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Stäng</translation>
        </message>
    </context>
    <context>
        <name>Handout</name>
        <message>
            <source>Handout: {title}</source>
            <translation>Åhörarmaterial: {title}</translation>
        </message>
        <message>
            <source>Handout: {title}, standard {number}</source>
            <translation>Åhörarmaterial: {title}, standard {number}</translation>
        </message>
        <message>
            <source>A handout is made in one language or in two side by side.</source>
            <translation>Åhörarmaterial görs på ett språk eller på två språk sida vid sida.</translation>
        </message>
        <message>
            <source>The pack {pack} has no texts in {missing}; it has {available}.</source>
            <translation>Paketet {pack} har inga texter på {missing}; det har {available}.</translation>
        </message>
        <message>
            <source>The pack {pack} has no standard {number}; its standards are {available}.</source>
            <translation>Paketet {pack} har ingen standard {number}; dess standarder är {available}.</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>Publisher</source>
            <translation>Utgivare</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Källa</translation>
        </message>
        <message>
            <source>Web address</source>
            <translation>Webbadress</translation>
        </message>
        <message>
            <source>ISBN</source>
            <translation>ISBN</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>Utgiven</translation>
        </message>
        <message>
            <source>About this text</source>
            <translation>Om texten</translation>
        </message>
        <message>
            <source>This handout covers standard {number} only.</source>
            <translation>Det här åhörarmaterialet gäller bara standard {number}.</translation>
        </message>
        <message>
            <source>Evidence:</source>
            <translation>Underlag:</translation>
        </message>
        <message>
            <source>Concerns:</source>
            <translation>Berör:</translation>
        </message>
    </context>
    <context>
        <name>HandoutDialog</name>
        <message>
            <source>Export handout (PDF)</source>
            <translation>Exportera åhörarmaterial (PDF)</translation>
        </message>
        <message>
            <source>The &amp;whole pack</source>
            <translation>&amp;Hela paketet</translation>
        </message>
        <message>
            <source>&amp;Only standard {number}: {title}</source>
            <translation>&amp;Bara standard {number}: {title}</translation>
        </message>
        <message>
            <source>&amp;Only the selected standard (none selected)</source>
            <translation>&amp;Bara den valda standarden (ingen vald)</translation>
        </message>
        <message>
            <source>Contents:</source>
            <translation>Innehåll:</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Språk</translation>
        </message>
        <message>
            <source>Second language</source>
            <translation>Andra språk</translation>
        </message>
        <message>
            <source>None (one language)</source>
            <translation>Inget (ett språk)</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Språk:</translation>
        </message>
        <message>
            <source>&amp;Second language:</source>
            <translation>&amp;Andra språk:</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>&amp;Exportera…</translation>
        </message>
    </context>
    <context>
        <name>Import</name>
        <message>
            <source>{file}: refused</source>
            <translation>{file}: avvisad</translation>
        </message>
        <message>
            <source>{file}: accepted: already imported, no changes</source>
            <translation>{file}: godtagen: redan importerad, inga ändringar</translation>
        </message>
        <message>
            <source>{file}: accepted</source>
            <translation>{file}: godtagen</translation>
        </message>
        <message>
            <source>new unit: {name}</source>
            <translation>ny enhet: {name}</translation>
        </message>
        <message>
            <source>new round: {title}</source>
            <translation>ny omgång: {title}</translation>
        </message>
        <message>
            <source>unchanged: {title}</source>
            <translation>oförändrad: {title}</translation>
        </message>
        <message>
            <source>conflict: {title} (exists with other content)</source>
            <translation>konflikt: {title} (finns med annat innehåll)</translation>
        </message>
        <message>
            <source>new events: {count}</source>
            <translation>nya händelser: {count}</translation>
        </message>
        <message>
            <source>new actions of the action plan: {count}</source>
            <translation>nya åtgärder i handlingsplanen: {count}</translation>
        </message>
        <message>
            <source>conflict: action “{title}” (exists with other content)</source>
            <translation>konflikt: åtgärden ”{title}” (finns med annat innehåll)</translation>
        </message>
        <message>
            <source>note: a redacted export (no notes, justifications or real aliases); those stored here are kept</source>
            <translation>obs: en avidentifierad export (inga anteckningar, motiveringar eller riktiga alias); de som finns sparade här behålls</translation>
        </message>
        <message>
            <source>Nothing was imported: refused {files}.</source>
            <translation>Ingenting importerades: avvisade {files}.</translation>
        </message>
        <message>
            <source>Nothing was imported: the files clash with data already stored (a unit, round, respondent or event with the same id but other links). Import the files one at a time to find the one that clashes.</source>
            <translation>Ingenting importerades: filerna krockar med data som redan finns sparade (en enhet, omgång, respondent eller händelse med samma id men andra kopplingar). Importera filerna en i taget för att hitta den som krockar.</translation>
        </message>
        <message>
            <source>Nothing changed: everything was already imported.</source>
            <translation>Ingenting ändrades: allt var redan importerat.</translation>
        </message>
        <message numerus="yes">
            <source>%n new units</source>
            <translation>
                <numerusform>%n ny enhet</numerusform>
                <numerusform>%n nya enheter</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new rounds</source>
            <translation>
                <numerusform>%n ny omgång</numerusform>
                <numerusform>%n nya omgångar</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n rounds replaced</source>
            <translation>
                <numerusform>%n omgång ersatt</numerusform>
                <numerusform>%n omgångar ersatta</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n rounds kept as imported copies</source>
            <translation>
                <numerusform>%n omgång behållen som importerad kopia</numerusform>
                <numerusform>%n omgångar behållna som importerade kopior</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n conflicting rounds skipped</source>
            <translation>
                <numerusform>%n omgång i konflikt hoppades över</numerusform>
                <numerusform>%n omgångar i konflikt hoppades över</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n rounds unchanged</source>
            <translation>
                <numerusform>%n omgång oförändrad</numerusform>
                <numerusform>%n omgångar oförändrade</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new events</source>
            <translation>
                <numerusform>%n ny händelse</numerusform>
                <numerusform>%n nya händelser</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new actions</source>
            <translation>
                <numerusform>%n ny åtgärd</numerusform>
                <numerusform>%n nya åtgärder</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n actions replaced</source>
            <translation>
                <numerusform>%n åtgärd ersatt</numerusform>
                <numerusform>%n åtgärder ersatta</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n actions kept as imported copies</source>
            <translation>
                <numerusform>%n åtgärd behållen som importerad kopia</numerusform>
                <numerusform>%n åtgärder behållna som importerade kopior</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n conflicting actions skipped</source>
            <translation>
                <numerusform>%n åtgärd i konflikt hoppades över</numerusform>
                <numerusform>%n åtgärder i konflikt hoppades över</numerusform>
            </translation>
        </message>
        <message>
            <source>Imported: {changes}.</source>
            <translation>Importerat: {changes}.</translation>
        </message>
        <message>
            <source>Nothing changed: {changes}.</source>
            <translation>Ingenting ändrades: {changes}.</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>Import from Excel</source>
            <translation>Importera från Excel</translation>
        </message>
        <message>
            <source>Add Excel files exported by PROMISE tracker, on this or another computer. Each file is checked first and the list shows what it would add or change. Nothing is stored until you press Import, and then all files or none.</source>
            <translation>Lägg till Excel-filer som exporterats från PROMISE tracker, på den här eller en annan dator. Varje fil kontrolleras först och listan visar vad den skulle lägga till eller ändra. Ingenting sparas förrän du trycker på Importera, och då sparas alla filer eller ingen.</translation>
        </message>
        <message>
            <source>&amp;Add files…</source>
            <translation>&amp;Lägg till filer…</translation>
        </message>
        <message>
            <source>Add files to import</source>
            <translation>Lägg till filer att importera</translation>
        </message>
        <message>
            <source>Choose export files (.xlsx).</source>
            <translation>Välj exportfiler (.xlsx).</translation>
        </message>
        <message>
            <source>Add &amp;folder…</source>
            <translation>Lägg till &amp;mapp…</translation>
        </message>
        <message>
            <source>Add the export files of a folder</source>
            <translation>Lägg till exportfilerna i en mapp</translation>
        </message>
        <message>
            <source>Choose a folder: every export file (.xlsx) in it is added. You can also drop files and folders on this window.</source>
            <translation>Välj en mapp: alla exportfiler (.xlsx) i den läggs till. Du kan också släppa filer och mappar på det här fönstret.</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Ta bort</translation>
        </message>
        <message>
            <source>Remove the selected file from the list</source>
            <translation>Ta bort den markerade filen från listan</translation>
        </message>
        <message>
            <source>Take the selected file off the list (Delete).</source>
            <translation>Ta bort den markerade filen från listan (Delete).</translation>
        </message>
        <message>
            <source>Files to import and what each would do</source>
            <translation>Filer att importera och vad var och en skulle göra</translation>
        </message>
        <message>
            <source>When a round is already stored here with other content</source>
            <translation>När en omgång redan finns sparad här med annat innehåll</translation>
        </message>
        <message>
            <source>&amp;Keep both: store the imported copy with “(imported)” after its title</source>
            <translation>&amp;Behåll båda: spara den importerade kopian med ”(importerad)” efter titeln</translation>
        </message>
        <message>
            <source>Nothing stored is lost; you can delete a copy later.</source>
            <translation>Ingenting som är sparat går förlorat; du kan ta bort en kopia senare.</translation>
        </message>
        <message>
            <source>Re&amp;place the stored round with the imported one</source>
            <translation>&amp;Ersätt den sparade omgången med den importerade</translation>
        </message>
        <message>
            <source>The stored answers of that round are overwritten.</source>
            <translation>Omgångens sparade svar skrivs över.</translation>
        </message>
        <message>
            <source>&amp;Skip: leave the stored round as it is</source>
            <translation>&amp;Hoppa över: låt den sparade omgången vara som den är</translation>
        </message>
        <message>
            <source>Conflicting rounds in the files are not imported.</source>
            <translation>Omgångar i konflikt i filerna importeras inte.</translation>
        </message>
        <message>
            <source>Why Import is not available</source>
            <translation>Varför det inte går att importera</translation>
        </message>
        <message>
            <source>Result of the import</source>
            <translation>Resultat av importen</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Importera</translation>
        </message>
        <message>
            <source>Import the files</source>
            <translation>Importera filerna</translation>
        </message>
        <message>
            <source>Store every file in the list, all or nothing.</source>
            <translation>Spara alla filer i listan, alla eller ingen.</translation>
        </message>
        <message>
            <source>{file}: refused</source>
            <translation>{file}: avvisad</translation>
        </message>
        <message>
            <source>Remove the file and add it again to type its password.</source>
            <translation>Ta bort filen och lägg till den igen för att skriva in dess lösenord.</translation>
        </message>
        <message>
            <source>{file}: already imported, nothing would change</source>
            <translation>{file}: redan importerad, ingenting skulle ändras</translation>
        </message>
        <message>
            <source>{file}: accepted</source>
            <translation>{file}: godtagen</translation>
        </message>
        <message>
            <source>New unit: {name}</source>
            <translation>Ny enhet: {name}</translation>
        </message>
        <message>
            <source>Unit: {name} (already here)</source>
            <translation>Enhet: {name} (finns redan)</translation>
        </message>
        <message>
            <source>New round: {title}</source>
            <translation>Ny omgång: {title}</translation>
        </message>
        <message>
            <source>Unchanged round: {title}</source>
            <translation>Oförändrad omgång: {title}</translation>
        </message>
        <message>
            <source>Conflict: {title} is stored here with other content</source>
            <translation>Konflikt: {title} finns sparad här med annat innehåll</translation>
        </message>
        <message>
            <source>New events: {count}</source>
            <translation>Nya händelser: {count}</translation>
        </message>
        <message>
            <source>A file made to share: it has no notes, justifications or real aliases (those stored here are kept)</source>
            <translation>En fil gjord för att delas: den har inga anteckningar, motiveringar eller riktiga alias (de som finns sparade här behålls)</translation>
        </message>
        <message>
            <source>Add one or more export files to import.</source>
            <translation>Lägg till en eller flera exportfiler att importera.</translation>
        </message>
        <message>
            <source>{file} is refused (see the reason in the list). Remove it to import the other files.</source>
            <translation>{file} avvisas (se orsaken i listan). Ta bort den för att importera de andra filerna.</translation>
        </message>
        <message>
            <source>{count} files are refused (see the reasons in the list). Remove them to import the other files.</source>
            <translation>{count} filer avvisas (se orsakerna i listan). Ta bort dem för att importera de andra filerna.</translation>
        </message>
        <message>
            <source>Nothing to import: everything in these files is already here.</source>
            <translation>Inget att importera: allt i filerna finns redan här.</translation>
        </message>
        <message>
            <source>Nothing was imported. {reason}</source>
            <translation>Ingenting importerades. {reason}</translation>
        </message>
        <message>
            <source>Nothing changed: everything was already imported.</source>
            <translation>Ingenting ändrades: allt var redan importerat.</translation>
        </message>
        <message>
            <source>Import finished.</source>
            <translation>Importen är klar.</translation>
        </message>
        <message>
            <source>Nothing changed: the conflicting rounds were skipped.</source>
            <translation>Ingenting ändrades: omgångarna i konflikt hoppades över.</translation>
        </message>
        <message>
            <source>New units: {count}</source>
            <translation>Nya enheter: {count}</translation>
        </message>
        <message>
            <source>New rounds: {count}</source>
            <translation>Nya omgångar: {count}</translation>
        </message>
        <message>
            <source>Rounds replaced: {count}</source>
            <translation>Ersatta omgångar: {count}</translation>
        </message>
        <message>
            <source>Rounds kept as imported copies: {count}</source>
            <translation>Omgångar behållna som importerade kopior: {count}</translation>
        </message>
        <message>
            <source>Conflicting rounds skipped: {count}</source>
            <translation>Överhoppade omgångar i konflikt: {count}</translation>
        </message>
        <message>
            <source>Rounds already here, unchanged: {count}</source>
            <translation>Omgångar som redan fanns, oförändrade: {count}</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel-arbetsbok (*.xlsx)</translation>
        </message>
    </context>
    <context>
        <name>ImportFile</name>
        <message>
            <source>was made by an older version of PROMISE tracker and lacks the data an import needs; export it again with this version</source>
            <translation>gjordes med en äldre version av PROMISE tracker och saknar de data som en import behöver; exportera den igen med den här versionen</translation>
        </message>
        <message>
            <source>has no Metadata sheet; it is not an export made by PROMISE tracker</source>
            <translation>har inget Metadata-blad; det är ingen export från PROMISE tracker</translation>
        </message>
        <message>
            <source>is not an export made by PROMISE tracker (its Metadata names no known format)</source>
            <translation>är ingen export från PROMISE tracker (dess Metadata anger inget känt format)</translation>
        </message>
        <message>
            <source>has an unknown export format version ({version})</source>
            <translation>har en okänd version av exportformatet ({version})</translation>
        </message>
        <message>
            <source>was made by a newer version of PROMISE tracker (export format {version:g}; this version reads format {supported}); update PROMISE tracker to import it</source>
            <translation>gjordes med en nyare version av PROMISE tracker (exportformat {version:g}; den här versionen läser format {supported}); uppdatera PROMISE tracker för att importera den</translation>
        </message>
        <message>
            <source>has a formula in sheet {sheet}, cell {cell}; exports never hold formulas, so the file was edited; refused</source>
            <translation>har en formel på bladet {sheet}, cell {cell}; exporter innehåller aldrig formler, så filen har redigerats; avvisad</translation>
        </message>
        <message>
            <source>the file was changed after export (its data checksum does not match); import the file as it was exported</source>
            <translation>filen ändrades efter exporten (kontrollsumman stämmer inte); importera filen så som den exporterades</translation>
        </message>
        <message>
            <source>has a damaged Data sheet (no header row)</source>
            <translation>har ett skadat Data-blad (ingen rubrikrad)</translation>
        </message>
        <message>
            <source>has a damaged record in the Data sheet, row {row}</source>
            <translation>har en skadad post på Data-bladet, rad {row}</translation>
        </message>
        <message>
            <source>unit</source>
            <translation>enhet</translation>
        </message>
        <message>
            <source>round</source>
            <translation>omgång</translation>
        </message>
        <message>
            <source>respondent</source>
            <translation>respondent</translation>
        </message>
        <message>
            <source>answer</source>
            <translation>svar</translation>
        </message>
        <message>
            <source>event</source>
            <translation>händelse</translation>
        </message>
        <message>
            <source>has a damaged {kind} record in the Data sheet, row {row} (wrong fields)</source>
            <translation>har en skadad post ({kind}) på Data-bladet, rad {row} (fel fält)</translation>
        </message>
        <message>
            <source>is a respondent's questionnaire, not a round or unit export; import it into its round with Team &gt; Import questionnaires… in the app, or with the command “promise-tracker questionnaire import”</source>
            <translation>är en respondents frågeformulär, inte en export av en omgång eller enhet; importera det till dess omgång med Team &gt; Importera frågeformulär… i programmet, eller med kommandot ”promise-tracker questionnaire import”</translation>
        </message>
        <message>
            <source>has a damaged record in the Data sheet, row {row}: it is cut short or not in the export's format; export the file again</source>
            <translation>har en skadad post på Data-bladet, rad {row}: den är avkortad eller inte i exportens format; exportera filen igen</translation>
        </message>
        <message>
            <source>action</source>
            <translation>åtgärd</translation>
        </message>
        <message>
            <source>barrier</source>
            <translation>hinder</translation>
        </message>
        <message>
            <source>text</source>
            <translation>text</translation>
        </message>
        <message>
            <source>a whole number</source>
            <translation>ett heltal</translation>
        </message>
        <message>
            <source>true or false</source>
            <translation>sant eller falskt</translation>
        </message>
        <message>
            <source>an action status ({statuses})</source>
            <translation>en status för åtgärden ({statuses})</translation>
        </message>
        <message>
            <source>a kind of barrier ({kinds})</source>
            <translation>en typ av hinder ({kinds})</translation>
        </message>
        <message>
            <source>a date (year-month-day)</source>
            <translation>ett datum (år-månad-dag)</translation>
        </message>
        <message>
            <source>a round status ({statuses})</source>
            <translation>en status för omgången ({statuses})</translation>
        </message>
        <message>
            <source>has a damaged {kind} record in the Data sheet, row {row}: its field {field} should hold {expected}</source>
            <translation>har en skadad post ({kind}) på Data-bladet, rad {row}: fältet {field} ska innehålla {expected}</translation>
        </message>
        <message>
            <source>holds {count} units in its Data sheet; expected 1</source>
            <translation>innehåller {count} enheter på Data-bladet; 1 förväntades</translation>
        </message>
        <message>
            <source>holds no rounds</source>
            <translation>innehåller inga omgångar</translation>
        </message>
        <message>
            <source>has a Data sheet that does not match its Metadata</source>
            <translation>har ett Data-blad som inte stämmer med dess Metadata</translation>
        </message>
        <message>
            <source>has records in its Data sheet that do not belong together</source>
            <translation>har poster på Data-bladet som inte hör ihop</translation>
        </message>
        <message>
            <source>holds the {kind} {key} twice</source>
            <translation>innehåller posten ({kind}) {key} två gånger</translation>
        </message>
        <message>
            <source>needs the standards pack {pack} {version} (content {hash}) for the round '{round}', which is not installed here; add that pack file to the packs folder and import again</source>
            <translation>behöver standardpaketet {pack} {version} (innehåll {hash}) för omgången '{round}', som inte är installerat här; lägg paketfilen i paketmappen och importera igen</translation>
        </message>
        <message>
            <source>has the respondent perspective {perspective}, which the pack {pack} {version} does not have</source>
            <translation>har respondentperspektivet {perspective}, som paketet {pack} {version} inte har</translation>
        </message>
        <message>
            <source>has a barrier for the criterion {criterion}, which the pack {pack} {version} does not have</source>
            <translation>har ett hinder för kriteriet {criterion}, som paketet {pack} {version} inte har</translation>
        </message>
        <message>
            <source>answers the criterion {criterion}, which the pack {pack} {version} does not have</source>
            <translation>besvarar kriteriet {criterion}, som paketet {pack} {version} inte har</translation>
        </message>
        <message>
            <source>has the answer code {code} for {criterion}, which the pack's scale does not allow (allowed: {allowed})</source>
            <translation>har svarskoden {code} för {criterion}, som paketets skala inte tillåter (tillåtna: {allowed})</translation>
        </message>
        <message>
            <source>is not an Excel .xlsx file, or it is damaged or incomplete</source>
            <translation>är ingen Excel .xlsx-fil, eller så är den skadad eller ofullständig</translation>
        </message>
        <message>
            <source>cannot be read: there is no such file</source>
            <translation>kan inte läsas: filen finns inte</translation>
        </message>
        <message>
            <source>is protected with a password, and the password given does not open it</source>
            <translation>är skyddad med lösenord, och det angivna lösenordet öppnar den inte</translation>
        </message>
        <message>
            <source>is protected with a password; give its password to open it</source>
            <translation>är skyddad med lösenord; ange lösenordet för att öppna den</translation>
        </message>
        <message>
            <source>cannot be read: you do not have permission to open it</source>
            <translation>kan inte läsas: du har inte behörighet att öppna den</translation>
        </message>
        <message>
            <source>cannot be read: it is a folder, not a file</source>
            <translation>kan inte läsas: det är en mapp, inte en fil</translation>
        </message>
        <message>
            <source>cannot be read: the disk or network drive it is on reported an error; copy the file to this computer and try again</source>
            <translation>kan inte läsas: disken eller nätverksenheten där den ligger rapporterade ett fel; kopiera filen till den här datorn och försök igen</translation>
        </message>
        <message>
            <source>cannot be read; check that the file is still there and that you may open it</source>
            <translation>kan inte läsas; kontrollera att filen finns kvar och att du får öppna den</translation>
        </message>
        <message>
            <source>is an old Excel .xls workbook or is damaged; save it in Excel as an .xlsx workbook and import that</source>
            <translation>är en gammal Excel .xls-arbetsbok eller är skadad; spara den i Excel som en .xlsx-arbetsbok och importera den</translation>
        </message>
        <message>
            <source>is protected with a password and too large to be an export ({size} bytes); refused</source>
            <translation>är skyddad med lösenord och för stor för att vara en export ({size} byte); avvisad</translation>
        </message>
        <message>
            <source>is protected with a password but is damaged: the password fits, yet its content cannot be decrypted</source>
            <translation>är skyddad med lösenord men skadad: lösenordet stämmer, men innehållet kan inte dekrypteras</translation>
        </message>
        <message>
            <source>is not an Excel .xlsx file, or it is damaged or incomplete (it cannot be unpacked)</source>
            <translation>är ingen Excel .xlsx-fil, eller så är den skadad eller ofullständig (den kan inte packas upp)</translation>
        </message>
        <message>
            <source>holds {count} parts; too large to be an export</source>
            <translation>innehåller {count} delar; för stor för att vara en export</translation>
        </message>
        <message>
            <source>is too large when unpacked and looks like a zip bomb ({part} unpacks to {size} bytes); refused</source>
            <translation>är för stor när den packas upp och ser ut som en zip-bomb ({part} packas upp till {size} byte); avvisad</translation>
        </message>
        <message>
            <source>is password-protected (encrypted); refused</source>
            <translation>är lösenordsskyddad (krypterad); avvisad</translation>
        </message>
        <message>
            <source>is not an Excel .xlsx file (no [Content_Types].xml)</source>
            <translation>är ingen Excel .xlsx-fil (ingen [Content_Types].xml)</translation>
        </message>
        <message>
            <source>contains an XML document type declaration in {part}, which spreadsheets never need (it may be an entity attack); refused</source>
            <translation>innehåller en XML-dokumenttypdeklaration i {part}, vilket kalkylblad aldrig behöver (det kan vara en entitetsattack); avvisad</translation>
        </message>
        <message>
            <source>is a macro-enabled workbook; PROMISE tracker never writes macros and refuses files that contain them</source>
            <translation>är en arbetsbok med makron; PROMISE tracker skriver aldrig makron och avvisar filer som innehåller sådana</translation>
        </message>
        <message>
            <source>cannot be read as an Excel workbook: a part of it is damaged, or it was not saved as an Excel workbook (.xlsx)</source>
            <translation>kan inte läsas som en Excel-arbetsbok: en del av den är skadad, eller så sparades den inte som en Excel-arbetsbok (.xlsx)</translation>
        </message>
        <message>
            <source>is too large: the sheet {sheet} has {rows} rows (at most {max_rows} are accepted); refused</source>
            <translation>är för stor: bladet {sheet} har {rows} rader (högst {max_rows} godtas); avvisad</translation>
        </message>
        <message>
            <source>is too large: the sheet {sheet} has {rows} rows and {columns} columns (at most {max_rows} rows and {max_columns} columns are accepted); refused</source>
            <translation>är för stor: bladet {sheet} har {rows} rader och {columns} kolumner (högst {max_rows} rader och {max_columns} kolumner godtas); avvisad</translation>
        </message>
    </context>
    <context>
        <name>ImprovementActions</name>
        <message>
            <source>Ac&amp;tion plan</source>
            <translation>&amp;Handlingsplan</translation>
        </message>
        <message>
            <source>Every action of the unit across rounds, by due date (press again to go back)</source>
            <translation>Alla enhetens åtgärder från alla omgångar, efter slutdatum (tryck igen för att gå tillbaka)</translation>
        </message>
        <message>
            <source>An action is planned in a round. Start a round for this unit first.</source>
            <translation>En åtgärd planeras i en omgång. Starta först en omgång för enheten.</translation>
        </message>
        <message>
            <source>That action is no longer in the plan: it was deleted, perhaps in another window.</source>
            <translation>Åtgärden finns inte längre i planen: den har tagits bort, kanske i ett annat fönster.</translation>
        </message>
        <message>
            <source>Open a round to add an action to it.</source>
            <translation>Öppna en omgång för att lägga till en åtgärd i den.</translation>
        </message>
        <message>
            <source>Action saved.</source>
            <translation>Åtgärden har sparats.</translation>
        </message>
        <message>
            <source>Action deleted.</source>
            <translation>Åtgärden har tagits bort.</translation>
        </message>
        <message>
            <source>Delete action</source>
            <translation>Ta bort åtgärd</translation>
        </message>
        <message>
            <source>Delete the action “{title}” from the plan?

This cannot be undone.</source>
            <translation>Ta bort åtgärden ”{title}” från planen?

Det går inte att ångra.</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Ta bort</translation>
        </message>
        <message>
            <source>This unit has no round to show the criterion in yet.</source>
            <translation>Enheten har ännu ingen omgång att visa kriteriet i.</translation>
        </message>
        <message>
            <source>{criterion} is not a criterion of the open round's standards; choose a round that has it.</source>
            <translation>{criterion} är inte ett kriterium i den öppna omgångens standarder; välj en omgång som har det.</translation>
        </message>
        <message numerus="yes">
            <source>Review saved: %n action(s) updated.</source>
            <translation>
                <numerusform>Genomgången har sparats: %n åtgärd uppdaterad.</numerusform>
                <numerusform>Genomgången har sparats: %n åtgärder uppdaterade.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImprovementSection</name>
        <message>
            <source>Improvement</source>
            <translation>Förbättringsarbete</translation>
        </message>
        <message>
            <source>Your team's answer falls short of this criterion: what stands in the way, and what will you do about it?</source>
            <translation>Teamets svar når inte upp till kriteriet: vad står i vägen, och vad ska ni göra åt det?</translation>
        </message>
        <message>
            <source>What stands in the way</source>
            <translation>Vad som står i vägen</translation>
        </message>
        <message>
            <source>Not recorded</source>
            <translation>Inte angivet</translation>
        </message>
        <message>
            <source>About the barrier</source>
            <translation>Om hindret</translation>
        </message>
        <message>
            <source>What stands in the wa&amp;y:</source>
            <translation>Vad står &amp;i vägen:</translation>
        </message>
        <message>
            <source>The main barrier to meeting this criterion; coordinators compare them across units to see which standards national rules block.</source>
            <translation>Det främsta hindret för att uppfylla kriteriet; samordnare jämför hindren mellan enheter för att se vilka standarder som hindras av nationella regler.</translation>
        </message>
        <message>
            <source>&amp;About it:</source>
            <translation>Om hi&amp;ndret:</translation>
        </message>
        <message>
            <source>⚠ Describe the barrier in a few words: “Other” is saved once it has them.</source>
            <translation>⚠ Beskriv hindret med några ord: ”Annat” sparas först när det har en beskrivning.</translation>
        </message>
        <message>
            <source>Actions for this criterion:</source>
            <translation>Åtgärder för kriteriet:</translation>
        </message>
        <message>
            <source>Actions for this criterion</source>
            <translation>Åtgärder för kriteriet</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Åtgärd</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Klart senast</translation>
        </message>
        <message>
            <source>No action planned for this criterion yet.</source>
            <translation>Ingen åtgärd är planerad för kriteriet än.</translation>
        </message>
        <message>
            <source>Add action…</source>
            <translation>Lägg till åtgärd…</translation>
        </message>
        <message>
            <source>Plan what your team will do so that this criterion is met</source>
            <translation>Planera vad teamet ska göra för att kriteriet ska bli uppfyllt</translation>
        </message>
        <message>
            <source>Open…</source>
            <translation>Öppna…</translation>
        </message>
        <message>
            <source>Open the chosen action</source>
            <translation>Öppna den valda åtgärden</translation>
        </message>
        <message>
            <source>See or change the chosen action (or double-click it)</source>
            <translation>Visa eller ändra den valda åtgärden (eller dubbelklicka på den)</translation>
        </message>
        <message>
            <source>National law or policy</source>
            <translation>Nationell lagstiftning eller policy</translation>
        </message>
        <message>
            <source>Funding or resources</source>
            <translation>Finansiering eller resurser</translation>
        </message>
        <message>
            <source>Organisation or local practice</source>
            <translation>Organisation eller lokal praxis</translation>
        </message>
        <message>
            <source>Not started yet</source>
            <translation>Ännu inte påbörjat</translation>
        </message>
        <message>
            <source>Other (describe it)</source>
            <translation>Annat (beskriv det)</translation>
        </message>
        <message>
            <source>No date</source>
            <translation>Inget datum</translation>
        </message>
        <message>
            <source>⚠ {date} overdue</source>
            <translation>⚠ {date}, försenad</translation>
        </message>
        <message>
            <source>Still open after its due date</source>
            <translation>Fortfarande öppen efter slutdatumet</translation>
        </message>
        <message>
            <source>What stands in the way (needed for “Other”)</source>
            <translation>Vad som står i vägen (behövs för ”Annat”)</translation>
        </message>
        <message>
            <source>A detail, if it helps (optional)</source>
            <translation>En förklaring, om det hjälper (valfritt)</translation>
        </message>
        <message>
            <source>This barrier was changed in another window meanwhile. It now shows what is saved; make your change again if it is still needed.</source>
            <translation>Hindret har ändrats i ett annat fönster under tiden. Nu visas det som är sparat; gör din ändring igen om den fortfarande behövs.</translation>
        </message>
    </context>
    <context>
        <name>LiveRefresh</name>
        <message numerus="yes">
            <source>Answers updated from another computer: %n</source>
            <translation>
                <numerusform>Svar uppdaterade från en annan dator: %n</numerusform>
                <numerusform>Svar uppdaterade från en annan dator: %n</numerusform>
            </translation>
        </message>
        <message>
            <source>This criterion was changed on another computer while you were writing. Your text stays as you typed it; if you both changed the same thing, you choose which to keep when it is saved.</source>
            <translation>Det här kriteriet ändrades på en annan dator medan du skrev. Din text står kvar som du skrev den; om ni båda ändrade samma sak väljer du vilken som ska behållas när den sparas.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Open the &amp;demo data</source>
            <translation>Öppna &amp;demodata</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Avsluta</translation>
        </message>
        <message>
            <source>&amp;About {app}</source>
            <translation>&amp;Om {app}</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Arkiv</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Redigera</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Visa</translation>
        </message>
        <message>
            <source>&amp;Round</source>
            <translation>&amp;Omgång</translation>
        </message>
        <message>
            <source>&amp;Team</source>
            <translation>&amp;Team</translation>
        </message>
        <message>
            <source>Sta&amp;ndards</source>
            <translation>&amp;Standarder</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hjälp</translation>
        </message>
        <message>
            <source>Unit and round</source>
            <translation>Enhet och omgång</translation>
        </message>
        <message>
            <source>&amp;Unit:</source>
            <translation>&amp;Enhet:</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Enhet</translation>
        </message>
        <message>
            <source>R&amp;ound:</source>
            <translation>Omgån&amp;g:</translation>
        </message>
        <message>
            <source>Round</source>
            <translation>Omgång</translation>
        </message>
        <message>
            <source>Start the first round…</source>
            <translation>Starta den första omgången…</translation>
        </message>
        <message>
            <source>Start the first round</source>
            <translation>Starta den första omgången</translation>
        </message>
        <message>
            <source>Opening your data…</source>
            <translation>Öppnar dina data…</translation>
        </message>
        <message>
            <source>finalised</source>
            <translation>slutförd</translation>
        </message>
        <message>
            <source>draft</source>
            <translation>utkast</translation>
        </message>
        <message>
            <source>{date}  {title} ({status})</source>
            <translation>{date}  {title} ({status})</translation>
        </message>
        <message>
            <source>{unit} has no assessment round yet.</source>
            <translation>{unit} har ingen bedömningsomgång än.</translation>
        </message>
        <message>
            <source>{title} [Demo]</source>
            <translation>{title} [Demo]</translation>
        </message>
        <message>
            <source>Back to &amp;my data</source>
            <translation>Tillbaka till &amp;mina data</translation>
        </message>
    </context>
    <context>
        <name>MessageBar</name>
        <message>
            <source>Undo</source>
            <translation>Ångra</translation>
        </message>
        <message>
            <source>Close the message</source>
            <translation>Stäng meddelandet</translation>
        </message>
    </context>
    <context>
        <name>NavigatorPanel</name>
        <message>
            <source>Search criteria and notes</source>
            <translation>Sök i kriterier och anteckningar</translation>
        </message>
        <message>
            <source>Shows the criteria whose statement, evidence, note or standard contains every word you type ({shortcut}). Escape clears the search.</source>
            <translation>Visar de kriterier vars påstående, underlag, anteckning eller standard innehåller alla ord du skriver ({shortcut}). Esc rensar sökningen.</translation>
        </message>
        <message>
            <source>Show:</source>
            <translation>Visa:</translation>
        </message>
        <message>
            <source>Which criteria to show</source>
            <translation>Vilka kriterier som ska visas</translation>
        </message>
        <message>
            <source>Show all criteria, or only those still to discuss</source>
            <translation>Visa alla kriterier eller bara dem som återstår att diskutera</translation>
        </message>
        <message>
            <source>No criterion matches.</source>
            <translation>Inget kriterium matchar.</translation>
        </message>
        <message>
            <source>Show all criteria</source>
            <translation>Visa alla kriterier</translation>
        </message>
        <message>
            <source>Clear the search and the filter</source>
            <translation>Rensa sökningen och filtret</translation>
        </message>
        <message>
            <source>Standards and criteria</source>
            <translation>Standarder och kriterier</translation>
        </message>
        <message>
            <source>Confirm the answers of standard {number}</source>
            <translation>Bekräfta svaren i standard {number}</translation>
        </message>
        <message>
            <source>&amp;Confirm this answer</source>
            <translation>&amp;Bekräfta svaret</translation>
        </message>
        <message numerus="yes">
            <source>Confirm &amp;all in standard {number} (%n to confirm)</source>
            <translation>
                <numerusform>Bekräfta &amp;alla i standard {number} (%n att bekräfta)</numerusform>
                <numerusform>Bekräfta &amp;alla i standard {number} (%n att bekräfta)</numerusform>
            </translation>
        </message>
        <message>
            <source>All criteria ({count})</source>
            <translation>Alla kriterier ({count})</translation>
        </message>
        <message>
            <source>Unanswered ({count})</source>
            <translation>Obesvarade ({count})</translation>
        </message>
        <message>
            <source>Not met ({count})</source>
            <translation>Ej uppfyllda ({count})</translation>
        </message>
        <message>
            <source>Not applicable ({count})</source>
            <translation>Ej tillämpliga ({count})</translation>
        </message>
        <message>
            <source>Flagged for discussion ({count})</source>
            <translation>Markerade för diskussion ({count})</translation>
        </message>
        <message>
            <source>To confirm ({count})</source>
            <translation>Att bekräfta ({count})</translation>
        </message>
    </context>
    <context>
        <name>NetworkCompare</name>
        <message>
            <source>no round titled “{title}” by the date chosen</source>
            <translation>ingen omgång med titeln ”{title}” fram till det valda datumet</translation>
        </message>
        <message>
            <source>no round titled “{title}”</source>
            <translation>ingen omgång med titeln ”{title}”</translation>
        </message>
        <message>
            <source>no round by the date chosen</source>
            <translation>ingen omgång fram till det valda datumet</translation>
        </message>
        <message>
            <source>no finalised round titled “{title}” by the date chosen</source>
            <translation>ingen slutförd omgång med titeln ”{title}” fram till det valda datumet</translation>
        </message>
        <message>
            <source>no finalised round titled “{title}”</source>
            <translation>ingen slutförd omgång med titeln ”{title}”</translation>
        </message>
        <message>
            <source>no finalised round by the date chosen</source>
            <translation>ingen slutförd omgång fram till det valda datumet</translation>
        </message>
        <message>
            <source>no finalised round yet (rounds in progress are left out)</source>
            <translation>ingen slutförd omgång ännu (pågående omgångar tas inte med)</translation>
        </message>
        <message>
            <source>Database {name}</source>
            <translation>Databas {name}</translation>
        </message>
        <message>
            <source>the unit has no round yet</source>
            <translation>enheten har ingen omgång ännu</translation>
        </message>
        <message>
            <source>its round “{round}” uses the standards pack {pack} {version}, which is not installed here; add that pack file to the packs folder</source>
            <translation>dess omgång ”{round}” använder standardpaketet {pack} {version}, som inte är installerat här; lägg paketfilen i paketmappen</translation>
        </message>
    </context>
    <context>
        <name>PackHeader</name>
        <message>
            <source>{title} (version {version})</source>
            <translation>{title} (version {version})</translation>
        </message>
        <message>
            <source>Source: {lines}</source>
            <translation>Källa: {lines}</translation>
        </message>
    </context>
    <context>
        <name>PasswordOption</name>
        <message>
            <source>Protect with a pass&amp;word</source>
            <translation>S&amp;kydda med lösenord</translation>
        </message>
        <message>
            <source>Protect with a password</source>
            <translation>Skydda med lösenord</translation>
        </message>
        <message>
            <source>Excel and LibreOffice ask for the password before opening the file.</source>
            <translation>Excel och LibreOffice frågar efter lösenordet innan filen öppnas.</translation>
        </message>
        <message>
            <source>Password to protect the file with</source>
            <translation>Lösenord att skydda filen med</translation>
        </message>
        <message>
            <source>The same password again</source>
            <translation>Samma lösenord igen</translation>
        </message>
        <message>
            <source>The password cannot be recovered: without it nobody can open the file, not even you. Give it to the recipient another way (by phone, say), never in the same email as the file.</source>
            <translation>Lösenordet kan inte återskapas: utan det kan ingen öppna filen, inte ens du. Ge det till mottagaren på ett annat sätt (till exempel per telefon), aldrig i samma e-post som filen.</translation>
        </message>
        <message>
            <source>Pa&amp;ssword:</source>
            <translation>&amp;Lösenord:</translation>
        </message>
        <message>
            <source>The password to protect the file with.</source>
            <translation>Lösenordet som filen ska skyddas med.</translation>
        </message>
        <message>
            <source>Repeat passwor&amp;d:</source>
            <translation>&amp;Upprepa lösenordet:</translation>
        </message>
        <message>
            <source>The same password again, to be sure of it.</source>
            <translation>Samma lösenord igen, för säkerhets skull.</translation>
        </message>
        <message>
            <source>Type the password to protect the file with.</source>
            <translation>Skriv lösenordet som filen ska skyddas med.</translation>
        </message>
        <message>
            <source>Type the password again under Repeat password, to be sure of it.</source>
            <translation>Skriv lösenordet igen under Upprepa lösenordet, för säkerhets skull.</translation>
        </message>
        <message>
            <source>The two passwords differ: type the same password in both fields.</source>
            <translation>Lösenorden skiljer sig åt: skriv samma lösenord i båda fälten.</translation>
        </message>
    </context>
    <context>
        <name>PasswordPromptDialog</name>
        <message>
            <source>Password needed</source>
            <translation>Lösenord krävs</translation>
        </message>
        <message>
            <source>{file} is protected with a password, and the password you gave does not open it. Check it (capital letters count) and type it again.</source>
            <translation>{file} är skyddad med lösenord, och lösenordet du angav öppnar den inte. Kontrollera det (stora och små bokstäver spelar roll) och skriv det igen.</translation>
        </message>
        <message>
            <source>{file} is protected with a password. Type its password to open it.</source>
            <translation>{file} är skyddad med lösenord. Skriv lösenordet för att öppna den.</translation>
        </message>
        <message>
            <source>Folder: {folder}</source>
            <translation>Mapp: {folder}</translation>
        </message>
        <message>
            <source>Password of {file}</source>
            <translation>Lösenord för {file}</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Lösenord:</translation>
        </message>
        <message>
            <source>The password the file was protected with.</source>
            <translation>Lösenordet som filen skyddades med.</translation>
        </message>
        <message>
            <source>Skip this file to leave it out: it stays in the list as refused.</source>
            <translation>Hoppa över filen för att utelämna den: den står kvar i listan som avvisad.</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Öppna</translation>
        </message>
        <message>
            <source>Open the file with this password</source>
            <translation>Öppna filen med det här lösenordet</translation>
        </message>
        <message>
            <source>&amp;Skip this file</source>
            <translation>&amp;Hoppa över filen</translation>
        </message>
        <message>
            <source>Skip this file</source>
            <translation>Hoppa över filen</translation>
        </message>
    </context>
    <context>
        <name>PdfReport</name>
        <message>
            <source>Page %1 of %2</source>
            <translation>Sida %1 av %2</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <source>Preferences</source>
            <translation>Inställningar</translation>
        </message>
        <message>
            <source>Interface language</source>
            <translation>Gränssnittets språk</translation>
        </message>
        <message>
            <source>System default ({language})</source>
            <translation>Systemets standard ({language})</translation>
        </message>
        <message>
            <source>Language of the standards texts</source>
            <translation>Språk för standardernas texter</translation>
        </message>
        <message>
            <source>Same as the interface</source>
            <translation>Samma som gränssnittet</translation>
        </message>
        <message>
            <source>&amp;Interface language:</source>
            <translation>&amp;Gränssnittets språk:</translation>
        </message>
        <message>
            <source>&amp;Standards texts:</source>
            <translation>&amp;Standardernas texter:</translation>
        </message>
        <message>
            <source>Texts of the standards that are not available in the chosen language are shown in English.</source>
            <translation>Standardtexter som inte finns på det valda språket visas på engelska.</translation>
        </message>
        <message>
            <source>The new interface language is used after you restart {app}.</source>
            <translation>Det nya språket för gränssnittet används när du har startat om {app}.</translation>
        </message>
        <message>
            <source>&amp;Restart now</source>
            <translation>Starta &amp;om nu</translation>
        </message>
        <message>
            <source>Save the choices, close {app} and open it again in the new language.</source>
            <translation>Spara valen, stäng {app} och öppna det igen på det nya språket.</translation>
        </message>
        <message>
            <source>&amp;Preferences…</source>
            <translation>&amp;Inställningar…</translation>
        </message>
        <message>
            <source>Interface language and language of the standards texts ({key})</source>
            <translation>Gränssnittets språk och språket för standardernas texter ({key})</translation>
        </message>
    </context>
    <context>
        <name>PresenterSetupDialog</name>
        <message>
            <source>Presenter mode</source>
            <translation>Presentationsläge</translation>
        </message>
        <message>
            <source>Standards pack</source>
            <translation>Standardpaket</translation>
        </message>
        <message>
            <source>&amp;Pack:</source>
            <translation>&amp;Paket:</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Språk</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Språk:</translation>
        </message>
        <message>
            <source>S&amp;tandards only</source>
            <translation>Bara &amp;standarder</translation>
        </message>
        <message>
            <source>Every &amp;criterion</source>
            <translation>Alla &amp;kriterier</translation>
        </message>
        <message>
            <source>Slides:</source>
            <translation>Bilder:</translation>
        </message>
        <message>
            <source>Screen for the slides</source>
            <translation>Skärm för bilderna</translation>
        </message>
        <message>
            <source>Screen {number}: {name} ({width} × {height})</source>
            <translation>Skärm {number}: {name} ({width} × {height})</translation>
        </message>
        <message>
            <source>Scr&amp;een:</source>
            <translation>Sk&amp;ärm:</translation>
        </message>
        <message>
            <source>Show the &amp;results of a demo unit</source>
            <translation>Visa &amp;resultaten för en demoenhet</translation>
        </message>
        <message>
            <source>Demo unit</source>
            <translation>Demoenhet</translation>
        </message>
        <message>
            <source>Show &amp;notes and respondents' aliases (only for a closed room)</source>
            <translation>Visa &amp;anteckningar och respondenternas alias (bara i ett stängt rum)</translation>
        </message>
        <message>
            <source>&amp;Unit:</source>
            <translation>&amp;Enhet:</translation>
        </message>
        <message>
            <source>Keys: Right, Down, Page Down or Space for the next slide; Left, Up, Page Up or Backspace for the previous one; Home and End; B or . blanks the screen; Esc ends.</source>
            <translation>Tangenter: Höger, Ned, Page Down eller Blanksteg för nästa bild; Vänster, Upp, Page Up eller Backsteg för föregående; Home och End; B eller . släcker skärmen; Esc avslutar.</translation>
        </message>
        <message>
            <source>&amp;Start</source>
            <translation>S&amp;tarta</translation>
        </message>
    </context>
    <context>
        <name>PresenterWindow</name>
        <message>
            <source>Presenter – {title}</source>
            <translation>Presentation – {title}</translation>
        </message>
        <message>
            <source>Presenter mode</source>
            <translation>Presentationsläge</translation>
        </message>
        <message>
            <source>Blank screen (press B to return)</source>
            <translation>Släckt skärm (tryck B för att återgå)</translation>
        </message>
        <message>
            <source>Source: {citation}</source>
            <translation>Källa: {citation}</translation>
        </message>
        <message>
            <source>Standard {number}</source>
            <translation>Standard {number}</translation>
        </message>
        <message numerus="yes">
            <source>%n criterion(s)</source>
            <translation>
                <numerusform>%n kriterium</numerusform>
                <numerusform>%n kriterier</numerusform>
            </translation>
        </message>
        <message>
            <source>{number} {title} · {id}</source>
            <translation>{number} {title} · {id}</translation>
        </message>
        <message>
            <source>Evidence: {text}</source>
            <translation>Underlag: {text}</translation>
        </message>
        <message>
            <source>{title} {version} · criteria worded by PROMISE tracker; the publication is the authoritative text</source>
            <translation>{title} {version} · kriterierna är formulerade av PROMISE tracker; publikationen är den gällande texten</translation>
        </message>
        <message>
            <source>{current} / {total}</source>
            <translation>{current} / {total}</translation>
        </message>
        <message>
            <source>finalised</source>
            <translation>slutförd</translation>
        </message>
        <message>
            <source>draft</source>
            <translation>utkast</translation>
        </message>
        <message>
            <source>{unit} · {round} ({date}, {status})</source>
            <translation>{unit} · {round} ({date}, {status})</translation>
        </message>
        <message>
            <source>{where}: no answers yet for standard {number}</source>
            <translation>{where}: inga svar än för standard {number}</translation>
        </message>
        <message>
            <source>{where}: standard {number} {percent} % met</source>
            <translation>{where}: standard {number} {percent} % uppfyllt</translation>
        </message>
        <message>
            <source>not answered yet</source>
            <translation>inte besvarat än</translation>
        </message>
        <message>
            <source>{line} · team's answer to this criterion: {answer}</source>
            <translation>{line} · teamets svar på kriteriet: {answer}</translation>
        </message>
        <message>
            <source>Team: {note}</source>
            <translation>Teamet: {note}</translation>
        </message>
        <message>
            <source>{alias}: {note}</source>
            <translation>{alias}: {note}</translation>
        </message>
    </context>
    <context>
        <name>Provenance</name>
        <message>
            <source>Criterion worded by PROMISE tracker under Standard {number} of {title}</source>
            <translation>Kriteriet är formulerat av PROMISE tracker under standard {number} i {title}</translation>
        </message>
        <message>
            <source>Criterion under Standard {number} of {title}, from a standards pack added on this computer</source>
            <translation>Kriterium under standard {number} i {title}, från ett standardpaket som har lagts till på den här datorn</translation>
        </message>
        <message>
            <source>Scores of criteria worded by PROMISE tracker under {title}, pack version {version}</source>
            <translation>Resultat för kriterier formulerade av PROMISE tracker under {title}, paketversion {version}</translation>
        </message>
        <message>
            <source>Scores of the criteria of {title}, pack version {version}, a standards pack added on this computer</source>
            <translation>Resultat för kriterierna i {title}, paketversion {version}, ett standardpaket som har lagts till på den här datorn</translation>
        </message>
        <message>
            <source>Source: {citation}</source>
            <translation>Källa: {citation}</translation>
        </message>
        <message>
            <source>About the wording…</source>
            <translation>Om formuleringen…</translation>
        </message>
        <message>
            <source>Where the criteria's wording comes from</source>
            <translation>Varifrån kriteriernas formulering kommer</translation>
        </message>
        <message>
            <source>Show who worded the criteria, on what they are based and which text is authoritative</source>
            <translation>Visa vem som har formulerat kriterierna, vad de bygger på och vilken text som gäller</translation>
        </message>
        <message>
            <source>Where the criteria come from</source>
            <translation>Varifrån kriterierna kommer</translation>
        </message>
    </context>
    <context>
        <name>Questionnaire</name>
        <message>
            <source>Instructions</source>
            <translation>Instruktioner</translation>
        </message>
        <message>
            <source>Criteria</source>
            <translation>Kriterier</translation>
        </message>
        <message>
            <source>Standard</source>
            <translation>Standard</translation>
        </message>
        <message>
            <source>Criterion ID</source>
            <translation>Kriteriets id</translation>
        </message>
        <message>
            <source>Statement</source>
            <translation>Påstående</translation>
        </message>
        <message>
            <source>Evidence that may support the answer</source>
            <translation>Underlag som kan stödja svaret</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Svar</translation>
        </message>
        <message>
            <source>Notes (what the answer is based on)</source>
            <translation>Anteckningar (vad svaret grundar sig på)</translation>
        </message>
        <message>
            <source>Why not applicable</source>
            <translation>Varför ej tillämpligt</translation>
        </message>
        <message>
            <source>… [continues: {count} more characters, kept in PROMISE tracker]</source>
            <translation>… [fortsätter: ytterligare {count} tecken, sparade i PROMISE tracker]</translation>
        </message>
        <message>
            <source>Not an answer of the list</source>
            <translation>Inget svar från listan</translation>
        </message>
        <message>
            <source>Choose one of: {labels}</source>
            <translation>Välj ett av: {labels}</translation>
        </message>
        <message>
            <source>Choose from the list: {labels}</source>
            <translation>Välj i listan: {labels}</translation>
        </message>
        <message>
            <source>Self-assessment questionnaire</source>
            <translation>Frågeformulär för självskattning</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Enhet</translation>
        </message>
        <message>
            <source>Round</source>
            <translation>Omgång</translation>
        </message>
        <message>
            <source>Round date</source>
            <translation>Datum för omgången</translation>
        </message>
        <message>
            <source>Respondent (alias)</source>
            <translation>Respondent (alias)</translation>
        </message>
        <message>
            <source>Perspective</source>
            <translation>Perspektiv</translation>
        </message>
        <message>
            <source>Standards pack</source>
            <translation>Standardpaket</translation>
        </message>
        <message>
            <source>{title}, version {version}</source>
            <translation>{title}, version {version}</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Språk</translation>
        </message>
        <message>
            <source>What to do</source>
            <translation>Så här gör du</translation>
        </message>
        <message>
            <source>Go to the sheet “{sheet}”. Each row is one criterion: read the statement and the evidence that may support it.</source>
            <translation>Gå till bladet ”{sheet}”. Varje rad är ett kriterium: läs påståendet och det underlag som kan stödja det.</translation>
        </message>
        <message>
            <source>In the column “{answer}”, choose your answer from the list: {labels}. Leave it empty if you cannot answer.</source>
            <translation>Välj ditt svar i kolumnen ”{answer}” från listan: {labels}. Lämna den tom om du inte kan svara.</translation>
        </message>
        <message>
            <source>In the column “{notes}”, write what your answer is based on: documents, routines, examples. For a new line inside a cell press Alt+Enter (Excel) or Ctrl+Enter (LibreOffice).</source>
            <translation>Skriv i kolumnen ”{notes}” vad ditt svar grundar sig på: dokument, rutiner, exempel. Tryck Alt+Enter (Excel) eller Ctrl+Enter (LibreOffice) för en ny rad i en cell.</translation>
        </message>
        <message>
            <source>If you answer “{answer}”, explain why in the column “{column}”. Without an explanation the answer counts as unanswered.</source>
            <translation>Om du svarar ”{answer}”, förklara varför i kolumnen ”{column}”. Utan förklaring räknas svaret som obesvarat.</translation>
        </message>
        <message>
            <source>Only the yellow cells can be changed. Do not unprotect the sheet, edit the other columns, add, remove or sort rows, or rename sheets: the file is checked when it is imported, and a changed file is refused.</source>
            <translation>Bara de gula cellerna kan ändras. Ta inte bort bladets skydd, ändra inte de andra kolumnerna, lägg inte till, ta bort eller sortera rader och byt inte namn på blad: filen kontrolleras när den importeras, och en ändrad fil avvisas.</translation>
        </message>
        <message>
            <source>Save the file as an Excel workbook (.xlsx), keep its name, and return it to the person who sent it to you.</source>
            <translation>Spara filen som en Excel-arbetsbok (.xlsx), behåll namnet och skicka tillbaka den till den som skickade den till dig.</translation>
        </message>
        <message>
            <source>Your answers are known only by your alias, never by your name.</source>
            <translation>Dina svar är bara kända under ditt alias, aldrig under ditt namn.</translation>
        </message>
        <message>
            <source>About the criteria</source>
            <translation>Om kriterierna</translation>
        </message>
        <message>
            <source>has no criteria sheet named “{sheet}”; sheets were renamed or removed</source>
            <translation>har inget kriterieblad med namnet ”{sheet}”; blad har bytt namn eller tagits bort</translation>
        </message>
        <message>
            <source>is not a questionnaire made by PROMISE tracker (it has no Metadata sheet)</source>
            <translation>är inget frågeformulär från PROMISE tracker (det har inget Metadata-blad)</translation>
        </message>
        <message>
            <source>is a round or unit export, not a respondent's questionnaire; import it with File &gt; Import from Excel… in the app, or with the command “promise-tracker import”</source>
            <translation>är en export av en omgång eller enhet, inte en respondents frågeformulär; importera den med Arkiv &gt; Importera från Excel… i programmet, eller med kommandot ”promise-tracker import”</translation>
        </message>
        <message>
            <source>is not a questionnaire made by PROMISE tracker (its Metadata names another format); a round export is imported with File &gt; Import from Excel</source>
            <translation>är inget frågeformulär från PROMISE tracker (dess Metadata anger ett annat format); en export av en omgång importeras med Arkiv &gt; Importera från Excel</translation>
        </message>
        <message>
            <source>has an unknown questionnaire format version ({version})</source>
            <translation>har en okänd version av frågeformulärets format ({version})</translation>
        </message>
        <message>
            <source>was made by a newer version of PROMISE tracker (questionnaire format {version}; this version reads format {known}); update PROMISE tracker to import it</source>
            <translation>gjordes med en nyare version av PROMISE tracker (frågeformulärsformat {version}; den här versionen läser format {known}); uppdatera PROMISE tracker för att importera det</translation>
        </message>
        <message>
            <source>was changed after it was handed out: the parts that identify the questionnaire (round, respondent, criteria, statements) no longer match its checksum; hand out a new questionnaire</source>
            <translation>ändrades efter att det delades ut: de delar som identifierar frågeformuläret (omgång, respondent, kriterier, påståenden) stämmer inte längre med kontrollsumman; dela ut ett nytt frågeformulär</translation>
        </message>
        <message>
            <source>answer</source>
            <translation>svar</translation>
        </message>
        <message>
            <source>row {row}: the {column} cell {cell} holds a formula; questionnaires take typed text only (a note may not start with “=” unless typed as text)</source>
            <translation>rad {row}: cellen {cell} i kolumnen {column} innehåller en formel; frågeformulär tar bara emot inskriven text (en anteckning får inte börja med ”=” om den inte skrivs in som text)</translation>
        </message>
        <message>
            <source>sheet “{sheet}”, cell {cell} holds a formula; questionnaires never hold formulas</source>
            <translation>bladet ”{sheet}”, cell {cell} innehåller en formel; frågeformulär innehåller aldrig formler</translation>
        </message>
        <message>
            <source>row {row}: a row the questionnaire did not have ({found}); rows may not be added</source>
            <translation>rad {row}: en rad som frågeformuläret inte hade ({found}); rader får inte läggas till</translation>
        </message>
        <message>
            <source>row {row}: holds criterion {found} where {wanted} should be; rows were moved, sorted or their IDs edited</source>
            <translation>rad {row}: innehåller kriterium {found} där {wanted} ska stå; rader har flyttats, sorterats eller fått sina id ändrade</translation>
        </message>
        <message>
            <source>row {row}: the criterion ID “{found}” is not a criterion of {pack} {version} (it should be {wanted}); criterion IDs may not be edited</source>
            <translation>rad {row}: kriteriets id ”{found}” är inget kriterium i {pack} {version} (det ska vara {wanted}); kriteriernas id får inte ändras</translation>
        </message>
        <message>
            <source>row {row} ({criterion}): “{value}” is not an answer; choose one of {labels}</source>
            <translation>rad {row} ({criterion}): ”{value}” är inget svar; välj ett av {labels}</translation>
        </message>
        <message>
            <source>row {row} ({criterion}): answered “{answer}” without saying why; it counts as unanswered until a justification is added</source>
            <translation>rad {row} ({criterion}): svarade ”{answer}” utan att ange varför; det räknas som obesvarat tills en motivering läggs till</translation>
        </message>
        <message>
            <source>{count} criteria are missing at the end, from {first}; rows may not be removed</source>
            <translation>{count} kriterier saknas i slutet, från {first}; rader får inte tas bort</translation>
        </message>
        <message>
            <source>… and 1 more problem</source>
            <translation>… och 1 problem till</translation>
        </message>
        <message>
            <source>… and {count} more problems</source>
            <translation>… och {count} problem till</translation>
        </message>
        <message>
            <source>The pack {pack} has no texts in “{language}”; choose {choices}.</source>
            <translation>Paketet {pack} har inga texter på ”{language}”; välj {choices}.</translation>
        </message>
        <message>
            <source>The round “{round}” has no respondent with the id {id}.</source>
            <translation>Omgången ”{round}” har ingen respondent med id {id}.</translation>
        </message>
        <message>
            <source>The round “{round}” has no respondents yet; add them before handing out questionnaires.</source>
            <translation>Omgången ”{round}” har inga respondenter än; lägg till dem innan du delar ut frågeformulär.</translation>
        </message>
        <message>
            <source>answer {before} → {after}</source>
            <translation>svar {before} → {after}</translation>
        </message>
        <message>
            <source>notes</source>
            <translation>anteckningar</translation>
        </message>
        <message>
            <source>justification</source>
            <translation>motivering</translation>
        </message>
        <message>
            <source>{field} “{before}” → “{after}”</source>
            <translation>{field} ”{before}” → ”{after}”</translation>
        </message>
        <message>
            <source>{criterion}: {changes}</source>
            <translation>{criterion}: {changes}</translation>
        </message>
        <message>
            <source>(no answer)</source>
            <translation>(inget svar)</translation>
        </message>
        <message>
            <source>{file}: rejected</source>
            <translation>{file}: avvisad</translation>
        </message>
        <message>
            <source>{file} ({respondent}): unchanged, already imported</source>
            <translation>{file} ({respondent}): oförändrad, redan importerad</translation>
        </message>
        <message>
            <source>{file} ({respondent}): new, answers: {count}</source>
            <translation>{file} ({respondent}): nytt, svar: {count}</translation>
        </message>
        <message>
            <source>{file} ({respondent}): changed, differences from what is stored: {count}</source>
            <translation>{file} ({respondent}): ändrat, skillnader mot det som är sparat: {count}</translation>
        </message>
        <message>
            <source>Questionnaires imported: {files}; answers saved: {answers}, cleared: {cleared}.</source>
            <translation>Importerade frågeformulär: {files}; sparade svar: {answers}, rensade: {cleared}.</translation>
        </message>
        <message>
            <source>  warning: {text}</source>
            <translation>  varning: {text}</translation>
        </message>
        <message>
            <source>is a second questionnaire of {respondent} in this import (the first is {file}); import one of them at a time</source>
            <translation>är ett andra frågeformulär från {respondent} i den här importen (det första är {file}); importera ett i taget</translation>
        </message>
        <message>
            <source>is for a round that is not in this database (round id {id}); it was handed out from other data, or the round was deleted</source>
            <translation>gäller en omgång som inte finns i den här databasen (omgångens id {id}); det delades ut från andra data, eller så har omgången tagits bort</translation>
        </message>
        <message>
            <source>is for a respondent who is not in the round “{round}” (respondent id {id}); the respondent may have been removed</source>
            <translation>gäller en respondent som inte finns i omgången ”{round}” (respondentens id {id}); respondenten kan ha tagits bort</translation>
        </message>
        <message>
            <source>was made for the standards pack {pack} {version} (content {hash}), but the round “{round}” uses {round_pack} {round_version} (content {round_hash}); hand out a new questionnaire</source>
            <translation>gjordes för standardpaketet {pack} {version} (innehåll {hash}), men omgången ”{round}” använder {round_pack} {round_version} (innehåll {round_hash}); dela ut ett nytt frågeformulär</translation>
        </message>
        <message>
            <source>is for the round “{round}”, which is finalised; reopen the round to import answers into it</source>
            <translation>gäller omgången ”{round}”, som är slutförd; öppna omgången igen för att importera svar till den</translation>
        </message>
        <message>
            <source>row {row} ({criterion}): this text was too long for a spreadsheet cell, so the questionnaire showed only its beginning, and that cut text was edited; importing it would lose the rest. Undo the edit in the file, or change the text in PROMISE tracker</source>
            <translation>rad {row} ({criterion}): texten var för lång för en cell i kalkylbladet, så frågeformuläret visade bara början av den, och den avkortade texten har redigerats; om den importeras går resten förlorad. Ångra ändringen i filen, eller ändra texten i PROMISE tracker</translation>
        </message>
        <message>
            <source>Nothing was imported.</source>
            <translation>Ingenting importerades.</translation>
        </message>
        <message>
            <source>unchanged: {count}</source>
            <translation>oförändrade: {count}</translation>
        </message>
        <message>
            <source>changed but not accepted: {count}</source>
            <translation>ändrade men inte godkända: {count}</translation>
        </message>
        <message>
            <source>rejected: {count}</source>
            <translation>avvisade: {count}</translation>
        </message>
        <message>
            <source>Nothing was imported: the database could not store the answers (it may be in use by another program, or damaged). Try again; if it happens again, see the log file.</source>
            <translation>Ingenting importerades: databasen kunde inte spara svaren (den kan användas av ett annat program eller vara skadad). Försök igen; om det händer igen, se loggfilen.</translation>
        </message>
        <message>
            <source>Nothing was imported: the round “{round}” was finalised meanwhile.</source>
            <translation>Ingenting importerades: omgången ”{round}” slutfördes under tiden.</translation>
        </message>
    </context>
    <context>
        <name>QuestionnaireExportDialog</name>
        <message>
            <source>Export questionnaires</source>
            <translation>Exportera frågeformulär</translation>
        </message>
        <message>
            <source>Write one questionnaire per respondent of “{round}”. Each person fills in their file in Excel or LibreOffice, without PROMISE tracker, and returns it; Team &gt; Import questionnaires reads the answers back. Answers already saved are filled in.</source>
            <translation>Skriv ett frågeformulär per respondent i ”{round}”. Var och en fyller i sin fil i Excel eller LibreOffice, utan PROMISE tracker, och skickar tillbaka den; Team &gt; Importera frågeformulär läser in svaren. Svar som redan är sparade är ifyllda.</translation>
        </message>
        <message>
            <source>&amp;Respondents:</source>
            <translation>&amp;Respondenter:</translation>
        </message>
        <message>
            <source>Respondents to write a questionnaire for</source>
            <translation>Respondenter som ska få ett frågeformulär</translation>
        </message>
        <message>
            <source>{alias} ({perspective})</source>
            <translation>{alias} ({perspective})</translation>
        </message>
        <message>
            <source>Select &amp;all</source>
            <translation>Markera &amp;alla</translation>
        </message>
        <message>
            <source>Select every respondent</source>
            <translation>Markera alla respondenter</translation>
        </message>
        <message>
            <source>Check every respondent.</source>
            <translation>Kryssa i alla respondenter.</translation>
        </message>
        <message>
            <source>Select &amp;none</source>
            <translation>Markera &amp;ingen</translation>
        </message>
        <message>
            <source>Select no respondent</source>
            <translation>Markera ingen respondent</translation>
        </message>
        <message>
            <source>Uncheck every respondent.</source>
            <translation>Avmarkera alla respondenter.</translation>
        </message>
        <message>
            <source>Language of the questionnaires</source>
            <translation>Frågeformulärens språk</translation>
        </message>
        <message>
            <source>E&amp;xcel workbook (.xlsx), to fill in</source>
            <translation>E&amp;xcel-arbetsbok (.xlsx), att fylla i</translation>
        </message>
        <message>
            <source>Write Excel questionnaires</source>
            <translation>Skriv frågeformulär i Excel</translation>
        </message>
        <message>
            <source>The file respondents fill in and return.</source>
            <translation>Filen som respondenterna fyller i och skickar tillbaka.</translation>
        </message>
        <message>
            <source>&amp;PDF, to print</source>
            <translation>&amp;PDF, att skriva ut</translation>
        </message>
        <message>
            <source>Write PDF questionnaires</source>
            <translation>Skriv frågeformulär i PDF</translation>
        </message>
        <message>
            <source>PDF questionnaires are not available here.</source>
            <translation>Frågeformulär i PDF finns inte här.</translation>
        </message>
        <message>
            <source>A paper copy to fill in by hand; it is not imported.</source>
            <translation>Ett pappersexemplar att fylla i för hand; det importeras inte.</translation>
        </message>
        <message>
            <source>Formats</source>
            <translation>Format</translation>
        </message>
        <message>
            <source>Excel and LibreOffice ask for the password before opening each questionnaire. The PDF forms are not protected.</source>
            <translation>Excel och LibreOffice frågar efter lösenordet innan varje frågeformulär öppnas. PDF-formulären är inte skyddade.</translation>
        </message>
        <message>
            <source>Folder to write the questionnaires to</source>
            <translation>Mapp som frågeformulären skrivs till</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Bläddra…</translation>
        </message>
        <message>
            <source>Choose the folder</source>
            <translation>Välj mappen</translation>
        </message>
        <message>
            <source>Choose the folder.</source>
            <translation>Välj mappen.</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Språk:</translation>
        </message>
        <message>
            <source>The language of the statements, answers and evidence hints.</source>
            <translation>Språket för påståenden, svar och tips om underlag.</translation>
        </message>
        <message>
            <source>&amp;Folder:</source>
            <translation>&amp;Mapp:</translation>
        </message>
        <message>
            <source>One file per respondent is written here, named after unit, round and alias.</source>
            <translation>En fil per respondent skrivs här, namngiven efter enhet, omgång och alias.</translation>
        </message>
        <message>
            <source>Files written</source>
            <translation>Skrivna filer</translation>
        </message>
        <message>
            <source>&amp;Open folder</source>
            <translation>&amp;Öppna mappen</translation>
        </message>
        <message>
            <source>Open the folder the questionnaires were written to</source>
            <translation>Öppna mappen som enkäterna skrevs till</translation>
        </message>
        <message>
            <source>Show the folder in the file manager.</source>
            <translation>Visa mappen i filhanteraren.</translation>
        </message>
        <message>
            <source>&amp;Export</source>
            <translation>&amp;Exportera</translation>
        </message>
        <message>
            <source>Write the questionnaires</source>
            <translation>Skriv frågeformulären</translation>
        </message>
        <message>
            <source>Write one file per checked respondent.</source>
            <translation>Skriv en fil per ikryssad respondent.</translation>
        </message>
        <message>
            <source>This round has no respondents yet. Add them first; each gets a questionnaire.</source>
            <translation>Omgången har inga respondenter än. Lägg till dem först; var och en får ett frågeformulär.</translation>
        </message>
        <message>
            <source>Check at least one respondent.</source>
            <translation>Kryssa i minst en respondent.</translation>
        </message>
        <message>
            <source>Choose Excel, PDF or both.</source>
            <translation>Välj Excel, PDF eller båda.</translation>
        </message>
        <message>
            <source>Choose the folder to write the files to.</source>
            <translation>Välj mappen som filerna ska skrivas till.</translation>
        </message>
        <message>
            <source>Writing questionnaires…</source>
            <translation>Skriver frågeformulär…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Avbryt</translation>
        </message>
        <message>
            <source>Nothing more was written. {reason}</source>
            <translation>Inget mer skrevs. {reason}</translation>
        </message>
        <message>
            <source>Nothing more was written: the files could not be saved in {folder}. Check that the folder exists and that you may save files there, or choose another folder.</source>
            <translation>Inget mer skrevs: filerna kunde inte sparas i {folder}. Kontrollera att mappen finns och att du får spara filer där, eller välj en annan mapp.</translation>
        </message>
        <message>
            <source>Wrote {count} files for {people} respondents to {folder}:</source>
            <translation>Skrev {count} filer för {people} respondenter till {folder}:</translation>
        </message>
        <message>
            <source>The Excel questionnaires are protected with a password; the PDFs are not. Give the password to the respondents another way than the files.</source>
            <translation>Excel-frågeformulären är skyddade med lösenord, men inte PDF-filerna. Ge lösenordet till respondenterna på ett annat sätt än filerna.</translation>
        </message>
        <message>
            <source>The questionnaires are protected with a password. Give it to the respondents another way than the files.</source>
            <translation>Frågeformulären är skyddade med lösenord. Ge det till respondenterna på ett annat sätt än filerna.</translation>
        </message>
        <message>
            <source>Stopped before the last {count}.</source>
            <translation>Avbröt före de sista {count}.</translation>
        </message>
        <message>
            <source>Folder for the questionnaires</source>
            <translation>Mapp för frågeformulären</translation>
        </message>
    </context>
    <context>
        <name>QuestionnaireImportDialog</name>
        <message>
            <source>Import questionnaires</source>
            <translation>Importera frågeformulär</translation>
        </message>
        <message>
            <source>Add the questionnaires respondents returned. Each file is checked and compared with the answers saved here. New answers are imported; a file that would change saved answers is imported only if you check it. Rejected files are never imported.</source>
            <translation>Lägg till de frågeformulär som respondenterna skickat tillbaka. Varje fil kontrolleras och jämförs med de svar som är sparade här. Nya svar importeras; en fil som skulle ändra sparade svar importeras bara om du kryssar i den. Avvisade filer importeras aldrig.</translation>
        </message>
        <message>
            <source>&amp;Add files…</source>
            <translation>&amp;Lägg till filer…</translation>
        </message>
        <message>
            <source>Add questionnaires to import</source>
            <translation>Lägg till frågeformulär att importera</translation>
        </message>
        <message>
            <source>Choose filled questionnaires (.xlsx).</source>
            <translation>Välj ifyllda frågeformulär (.xlsx).</translation>
        </message>
        <message>
            <source>Add &amp;folder…</source>
            <translation>Lägg till &amp;mapp…</translation>
        </message>
        <message>
            <source>Add the questionnaires of a folder</source>
            <translation>Lägg till frågeformulären i en mapp</translation>
        </message>
        <message>
            <source>Choose a folder: every questionnaire (.xlsx) in it is added. You can also drop files and folders on this window.</source>
            <translation>Välj en mapp: alla frågeformulär (.xlsx) i den läggs till. Du kan också släppa filer och mappar på det här fönstret.</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Ta bort</translation>
        </message>
        <message>
            <source>Remove the selected file from the list</source>
            <translation>Ta bort den markerade filen från listan</translation>
        </message>
        <message>
            <source>Take the selected file off the list.</source>
            <translation>Ta bort den markerade filen från listan.</translation>
        </message>
        <message>
            <source>Questionnaires and what each would do</source>
            <translation>Frågeformulär och vad vart och ett skulle göra</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Fil</translation>
        </message>
        <message>
            <source>Respondent</source>
            <translation>Respondent</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Detaljer</translation>
        </message>
        <message>
            <source>&amp;Details of the selected file:</source>
            <translation>&amp;Detaljer om den markerade filen:</translation>
        </message>
        <message>
            <source>Problems, warnings or differences of the file</source>
            <translation>Filens problem, varningar eller skillnader</translation>
        </message>
        <message>
            <source>Result of the import</source>
            <translation>Resultat av importen</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Importera</translation>
        </message>
        <message>
            <source>Import the questionnaires</source>
            <translation>Importera frågeformulären</translation>
        </message>
        <message>
            <source>Store the new files and the checked changed ones, all in one step.</source>
            <translation>Spara de nya filerna och de ikryssade ändrade, allt i ett steg.</translation>
        </message>
        <message>
            <source>{path}
Check to import the changes of this file.</source>
            <translation>{path}
Kryssa i för att importera filens ändringar.</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Ny</translation>
        </message>
        <message>
            <source>Unchanged: already imported</source>
            <translation>Oförändrad: redan importerad</translation>
        </message>
        <message>
            <source>Changed: check to import</source>
            <translation>Ändrad: kryssa i för att importera</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>Avvisad</translation>
        </message>
        <message>
            <source>Problems: {count}</source>
            <translation>Problem: {count}</translation>
        </message>
        <message>
            <source>Answers: {count}</source>
            <translation>Svar: {count}</translation>
        </message>
        <message>
            <source>Differences: {count}</source>
            <translation>Skillnader: {count}</translation>
        </message>
        <message>
            <source>Warnings: {count}</source>
            <translation>Varningar: {count}</translation>
        </message>
        <message>
            <source>Remove the file and add it again to type its password.</source>
            <translation>Ta bort filen och lägg till den igen för att skriva in dess lösenord.</translation>
        </message>
        <message>
            <source>Questionnaires imported: {files}; answers saved: {answers}, cleared: {cleared}.</source>
            <translation>Importerade frågeformulär: {files}; sparade svar: {answers}, rensade: {cleared}.</translation>
        </message>
        <message>
            <source>Add the questionnaires to import.</source>
            <translation>Lägg till de frågeformulär som ska importeras.</translation>
        </message>
        <message>
            <source>Nothing new to import. Check the changed files whose differences you want to store.</source>
            <translation>Inget nytt att importera. Kryssa i de ändrade filer vars skillnader du vill spara.</translation>
        </message>
        <message>
            <source>Nothing to import: the files are rejected or already imported.</source>
            <translation>Inget att importera: filerna är avvisade eller redan importerade.</translation>
        </message>
        <message>
            <source>Nothing to import: these questionnaires are already imported.</source>
            <translation>Inget att importera: frågeformulären är redan importerade.</translation>
        </message>
        <message>
            <source>Nothing was imported. {reason}</source>
            <translation>Ingenting importerades. {reason}</translation>
        </message>
        <message>
            <source>Nothing was imported.</source>
            <translation>Ingenting importerades.</translation>
        </message>
        <message>
            <source>Rejected files left out: {count}.</source>
            <translation>Avvisade filer som utelämnats: {count}.</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel-arbetsbok (*.xlsx)</translation>
        </message>
    </context>
    <context>
        <name>QuestionnairePdf</name>
        <message>
            <source>Questionnaire: {unit}, {round}, {respondent}</source>
            <translation>Frågeformulär: {unit}, {round}, {respondent}</translation>
        </message>
        <message>
            <source>Questionnaire</source>
            <translation>Frågeformulär</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Enhet</translation>
        </message>
        <message>
            <source>Round</source>
            <translation>Omgång</translation>
        </message>
        <message>
            <source>Respondent</source>
            <translation>Respondent</translation>
        </message>
        <message>
            <source>Perspective</source>
            <translation>Perspektiv</translation>
        </message>
        <message>
            <source>Standards</source>
            <translation>Standarder</translation>
        </message>
        <message>
            <source>{title}, version {version}</source>
            <translation>{title}, version {version}</translation>
        </message>
        <message>
            <source>Answer every criterion from your own perspective: tick exactly one box.</source>
            <translation>Besvara varje kriterium utifrån ditt eget perspektiv: kryssa i exakt en ruta.</translation>
        </message>
        <message>
            <source>If you tick “{option}”, write below the criterion why it does not apply.</source>
            <translation>Om du kryssar i ”{option}”, skriv under kriteriet varför det inte är tillämpligt.</translation>
        </message>
        <message>
            <source>The evidence hint suggests what could show that a criterion is met.</source>
            <translation>Tipset om underlag föreslår vad som kan visa att ett kriterium är uppfyllt.</translation>
        </message>
        <message>
            <source>Use the notes lines for anything the team should know, such as documents to check or a view that differs from others.</source>
            <translation>Använd anteckningsraderna för sådant som teamet bör känna till, till exempel dokument att kontrollera eller en uppfattning som skiljer sig från andras.</translation>
        </message>
        <message>
            <source>Hand the completed questionnaire to the person who enters the answers.</source>
            <translation>Lämna det ifyllda frågeformuläret till den som för in svaren.</translation>
        </message>
        <message>
            <source>Instructions</source>
            <translation>Instruktioner</translation>
        </message>
        <message>
            <source>Evidence:</source>
            <translation>Underlag:</translation>
        </message>
        <message>
            <source>Notes:</source>
            <translation>Anteckningar:</translation>
        </message>
        <message>
            <source>If “{option}”, why:</source>
            <translation>Om ”{option}”, varför:</translation>
        </message>
    </context>
    <context>
        <name>Report</name>
        <message>
            <source>A report is written as PDF (.pdf) or Word (.docx); choose a file name ending in one of them.</source>
            <translation>En rapport skrivs som PDF (.pdf) eller Word (.docx); välj ett filnamn som slutar på något av dem.</translation>
        </message>
        <message>
            <source>Unknown paper size {paper}; choose a4 or letter.</source>
            <translation>Okänd pappersstorlek {paper}; välj a4 eller letter.</translation>
        </message>
        <message>
            <source>The report could not be written to {path}. {reason}</source>
            <translation>Rapporten kunde inte skrivas till {path}. {reason}</translation>
        </message>
        <message>
            <source>{unit}: {round}, self-assessment report</source>
            <translation>{unit}: {round}, rapport från självskattningen</translation>
        </message>
        <message>
            <source>The round to compare with ({other}) belongs to another unit; choose a round of the same unit.</source>
            <translation>Omgången att jämföra med ({other}) hör till en annan enhet; välj en omgång för samma enhet.</translation>
        </message>
        <message>
            <source>A round cannot be compared with itself; choose an earlier round.</source>
            <translation>En omgång kan inte jämföras med sig själv; välj en tidigare omgång.</translation>
        </message>
        <message>
            <source>Police</source>
            <translation>Polis</translation>
        </message>
        <message>
            <source>Prosecution</source>
            <translation>Åklagare</translation>
        </message>
        <message>
            <source>Child protection</source>
            <translation>Socialtjänst</translation>
        </message>
        <message>
            <source>Health care</source>
            <translation>Hälso- och sjukvård</translation>
        </message>
        <message>
            <source>Mental health</source>
            <translation>Psykiatri</translation>
        </message>
        <message>
            <source>Barnahus staff</source>
            <translation>Barnahuspersonal</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Annat</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Planerad</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>Pågående</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Genomförd</translation>
        </message>
        <message>
            <source>Dropped</source>
            <translation>Avbruten</translation>
        </message>
        <message>
            <source>National law or policy</source>
            <translation>Nationell lagstiftning eller policy</translation>
        </message>
        <message>
            <source>Funding or resources</source>
            <translation>Finansiering eller resurser</translation>
        </message>
        <message>
            <source>Organisation or local practice</source>
            <translation>Organisation eller lokal praxis</translation>
        </message>
        <message>
            <source>Not yet started</source>
            <translation>Ännu inte påbörjat</translation>
        </message>
        <message>
            <source>Score {score} ({met} of {applicable} applicable criteria met), {answered} of {total} answered</source>
            <translation>Resultat {score} ({met} av {applicable} tillämpliga kriterier uppfyllda), {answered} av {total} besvarade</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Enhet</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Land</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Region</translation>
        </message>
        <message>
            <source>Lead agency</source>
            <translation>Huvudman</translation>
        </message>
        <message>
            <source>Opened</source>
            <translation>Öppnade år</translation>
        </message>
        <message>
            <source>finalised</source>
            <translation>slutförd</translation>
        </message>
        <message>
            <source>draft, not finalised</source>
            <translation>utkast, inte slutförd</translation>
        </message>
        <message>
            <source>Round</source>
            <translation>Omgång</translation>
        </message>
        <message>
            <source>Date of the round</source>
            <translation>Omgångens datum</translation>
        </message>
        <message>
            <source>Standards</source>
            <translation>Standarder</translation>
        </message>
        <message>
            <source>{title}, version {version} ({pack})</source>
            <translation>{title}, version {version} ({pack})</translation>
        </message>
        <message>
            <source>Report made</source>
            <translation>Rapporten skapad</translation>
        </message>
        <message>
            <source>Redacted</source>
            <translation>Avidentifierad</translation>
        </message>
        <message>
            <source>Yes: evidence notes, N/A reasons, dissenting views and progress notes are left out.</source>
            <translation>Ja: anteckningar om underlag, motiveringar för ej tillämpligt, avvikande uppfattningar och lägesanteckningar är utelämnade.</translation>
        </message>
        <message>
            <source>Self-assessment report</source>
            <translation>Rapport från självskattning</translation>
        </message>
        <message>
            <source>{round}, {date}</source>
            <translation>{round}, {date}</translation>
        </message>
        <message>
            <source>About the standards</source>
            <translation>Om standarderna</translation>
        </message>
        <message>
            <source>Source:</source>
            <translation>Källa:</translation>
        </message>
        <message>
            <source>Made with {app} {version}.</source>
            <translation>Skapad med {app} {version}.</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Sammanfattning</translation>
        </message>
        <message>
            <source>{score}, with {completeness} of the criteria answered</source>
            <translation>{score}, med {completeness} av kriterierna besvarade</translation>
        </message>
        <message>
            <source>Overall score:</source>
            <translation>Totalt resultat:</translation>
        </message>
        <message>
            <source>{met} of {applicable} applicable criteria met; {na} not applicable; {unanswered} of {total} not answered.</source>
            <translation>{met} av {applicable} tillämpliga kriterier uppfyllda; {na} ej tillämpliga; {unanswered} av {total} inte besvarade.</translation>
        </message>
        <message>
            <source>Score basis:</source>
            <translation>Underlag för resultatet:</translation>
        </message>
        <message>
            <source>{count} answers carried forward from an earlier round are not yet confirmed by the team; they count as unanswered.</source>
            <translation>{count} svar som överförts från en tidigare omgång har ännu inte bekräftats av teamet; de räknas som obesvarade.</translation>
        </message>
        <message>
            <source>To confirm:</source>
            <translation>Att bekräfta:</translation>
        </message>
        <message>
            <source>Since the last round</source>
            <translation>Sedan förra omgången</translation>
        </message>
        <message>
            <source>the team has not agreed any answer yet, so the score pools all respondents' answers.</source>
            <translation>teamet har inte kommit överens om något svar än, så resultatet väger samman alla respondenters svar.</translation>
        </message>
        <message>
            <source>the answers the team agreed on (consensus).</source>
            <translation>de svar som teamet kom överens om (konsensus).</translation>
        </message>
        <message>
            <source>This is the unit's first round: there is no earlier round to compare with.</source>
            <translation>Det här är enhetens första omgång: det finns ingen tidigare omgång att jämföra med.</translation>
        </message>
        <message>
            <source>Compared with {round}:</source>
            <translation>Jämfört med {round}:</translation>
        </message>
        <message>
            <source>No change worth noting.</source>
            <translation>Ingen förändring värd att nämna.</translation>
        </message>
        <message>
            <source>The overall score rose from {before} to {after} ({change} points).</source>
            <translation>Det totala resultatet steg från {before} till {after} ({change} procentenheter).</translation>
        </message>
        <message>
            <source>The overall score fell from {before} to {after} ({change} points).</source>
            <translation>Det totala resultatet sjönk från {before} till {after} ({change} procentenheter).</translation>
        </message>
        <message>
            <source>The overall score stayed at {value}.</source>
            <translation>Det totala resultatet låg kvar på {value}.</translation>
        </message>
        <message>
            <source>{standard} ({change} points)</source>
            <translation>{standard} ({change} procentenheter)</translation>
        </message>
        <message>
            <source>Most improved: {standards}.</source>
            <translation>Störst förbättring: {standards}.</translation>
        </message>
        <message>
            <source>Newly met ({count}): {ids}.</source>
            <translation>Nyligen uppfyllda ({count}): {ids}.</translation>
        </message>
        <message>
            <source>No longer met ({count}): {ids}.</source>
            <translation>Inte längre uppfyllda ({count}): {ids}.</translation>
        </message>
        <message>
            <source>Still not met ({count}): {ids}.</source>
            <translation>Fortfarande inte uppfyllda ({count}): {ids}.</translation>
        </message>
        <message>
            <source>Changed meaning in the new version of the standards, not compared ({count}): {ids}.</source>
            <translation>Har ändrat innebörd i den nya versionen av standarderna och jämförs inte ({count}): {ids}.</translation>
        </message>
        <message>
            <source>Results by standard</source>
            <translation>Resultat per standard</translation>
        </message>
        <message>
            <source>Standard</source>
            <translation>Standard</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Resultat</translation>
        </message>
        <message>
            <source>Answered</source>
            <translation>Besvarade</translation>
        </message>
        <message>
            <source>Met / applicable</source>
            <translation>Uppfyllda / tillämpliga</translation>
        </message>
        <message>
            <source>Criterion</source>
            <translation>Kriterium</translation>
        </message>
        <message>
            <source>Statement</source>
            <translation>Påstående</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Svar</translation>
        </message>
        <message>
            <source>Evidence note, N/A reason</source>
            <translation>Anteckning om underlag, motivering för ej tillämpligt</translation>
        </message>
        <message>
            <source>{answer} (carried forward, to confirm)</source>
            <translation>{answer} (överfört, att bekräfta)</translation>
        </message>
        <message>
            <source>{answer} (no reason given yet)</source>
            <translation>{answer} (ingen motivering än)</translation>
        </message>
        <message>
            <source>Not answered</source>
            <translation>Inte besvarat</translation>
        </message>
        <message>
            <source>Respondents: {counts}</source>
            <translation>Respondenter: {counts}</translation>
        </message>
        <message>
            <source>Flagged for discussion</source>
            <translation>Markerad för diskussion</translation>
        </message>
        <message>
            <source>Not applicable because: {reason}</source>
            <translation>Ej tillämpligt eftersom: {reason}</translation>
        </message>
        <message>
            <source>Dissenting view: {view}</source>
            <translation>Avvikande uppfattning: {view}</translation>
        </message>
        <message>
            <source>Criteria not met</source>
            <translation>Kriterier som inte är uppfyllda</translation>
        </message>
        <message>
            <source>No criterion is answered as not met.</source>
            <translation>Inget kriterium är besvarat som ej uppfyllt.</translation>
        </message>
        <message>
            <source>{count} criteria are not met. For each: what stands in the way, and what the team plans to do about it.</source>
            <translation>{count} kriterier är inte uppfyllda. För vart och ett: vad som står i vägen och vad teamet planerar att göra åt det.</translation>
        </message>
        <message>
            <source>{action} ({status})</source>
            <translation>{action} ({status})</translation>
        </message>
        <message>
            <source>None recorded</source>
            <translation>Inget angivet</translation>
        </message>
        <message>
            <source>None planned</source>
            <translation>Inga planerade</translation>
        </message>
        <message>
            <source>Barrier</source>
            <translation>Hinder</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>Åtgärder</translation>
        </message>
        <message>
            <source>Perspectives and discussion</source>
            <translation>Perspektiv och diskussion</translation>
        </message>
        <message>
            <source>Agreed</source>
            <translation>Överenskommet</translation>
        </message>
        <message>
            <source>Overall</source>
            <translation>Totalt</translation>
        </message>
        <message>
            <source>The score of each standard as each perspective's respondents answered it, beside the answers the team agreed on.</source>
            <translation>Resultatet för varje standard enligt svaren från respondenterna i varje perspektiv, bredvid de svar som teamet kom överens om.</translation>
        </message>
        <message>
            <source>Where the respondents disagree</source>
            <translation>Där respondenterna är oeniga</translation>
        </message>
        <message>
            <source>The respondents answered every criterion alike.</source>
            <translation>Respondenterna svarade lika på alla kriterier.</translation>
        </message>
        <message>
            <source>{count} criteria have differing answers; the {shown} with the most disagreement are listed (0 = all alike, 100 = evenly split).</source>
            <translation>{count} kriterier har olika svar; de {shown} med störst oenighet listas (0 = alla lika, 100 = jämnt delade).</translation>
        </message>
        <message>
            <source>Disagreement</source>
            <translation>Oenighet</translation>
        </message>
        <message>
            <source>Answers by perspective</source>
            <translation>Svar per perspektiv</translation>
        </message>
        <message>
            <source>No criterion is flagged for discussion.</source>
            <translation>Inget kriterium är markerat för diskussion.</translation>
        </message>
        <message>
            <source>Action plan</source>
            <translation>Handlingsplan</translation>
        </message>
        <message>
            <source>The unit has no actions planned yet.</source>
            <translation>Enheten har inga planerade åtgärder än.</translation>
        </message>
        <message>
            <source>{count} actions of the unit, {open} of them open and {late} overdue on {today}, by due date.</source>
            <translation>Enhetens {count} åtgärder, varav {open} öppna och {late} försenade den {today}, efter slutdatum.</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Åtgärd</translation>
        </message>
        <message>
            <source>Lead agency, role</source>
            <translation>Ansvarig myndighet, roll</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Klart senast</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Framsteg</translation>
        </message>
        <message>
            <source>{status}, overdue</source>
            <translation>{status}, försenad</translation>
        </message>
        <message>
            <source>Events</source>
            <translation>Händelser</translation>
        </message>
        <message>
            <source>No events are recorded for the unit.</source>
            <translation>Inga händelser är registrerade för enheten.</translation>
        </message>
        <message>
            <source>What happened to the unit that may explain a change in its scores.</source>
            <translation>Sådant som har hänt enheten och som kan förklara en förändring i dess resultat.</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Händelse</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Beskrivning</translation>
        </message>
        <message>
            <source>How this assessment was made</source>
            <translation>Hur bedömningen gjordes</translation>
        </message>
        <message>
            <source>{count} respondents answered on their own, by perspective: {perspectives}; by agency: {agencies}. The team then agreed on one answer per criterion.</source>
            <translation>{count} respondenter svarade var för sig, per perspektiv: {perspectives}; per myndighet: {agencies}. Teamet kom sedan överens om ett svar per kriterium.</translation>
        </message>
        <message>
            <source>Who answered:</source>
            <translation>Vilka som svarade:</translation>
        </message>
        <message>
            <source>The team answered together; no respondents answered on their own.</source>
            <translation>Teamet svarade tillsammans; inga respondenter svarade var för sig.</translation>
        </message>
        <message>
            <source>Each criterion is answered with one of: {options}. The score of a standard is the share of its applicable answered criteria that are met; a criterion that does not apply, with the reason written down, is left out of the score. Criteria not answered, and not applicable without a reason, count as unanswered: they lower the completeness, not the score. The overall score pools every criterion of the round.</source>
            <translation>Varje kriterium besvaras med något av: {options}. Resultatet för en standard är andelen av dess tillämpliga, besvarade kriterier som är uppfyllda; ett kriterium som inte är tillämpligt, med motiveringen nedskriven, räknas inte in i resultatet. Kriterier som inte är besvarade, och ej tillämpliga utan motivering, räknas som obesvarade: de sänker andelen besvarade, inte resultatet. Det totala resultatet väger samman alla kriterier i omgången.</translation>
        </message>
        <message>
            <source>How the score is counted:</source>
            <translation>Hur resultatet räknas:</translation>
        </message>
        <message>
            <source>This round was started from an earlier one. {count} answers carried forward from it are not yet confirmed by the team and count as unanswered.</source>
            <translation>Omgången startades från en tidigare omgång. {count} svar som överförts därifrån har ännu inte bekräftats av teamet och räknas som obesvarade.</translation>
        </message>
        <message>
            <source>Carried forward:</source>
            <translation>Överförda svar:</translation>
        </message>
    </context>
    <context>
        <name>ReportActions</name>
        <message>
            <source>&amp;Report…</source>
            <translation>Ra&amp;pport…</translation>
        </message>
        <message>
            <source>Write this round's report for the steering group (PDF or Word)</source>
            <translation>Skriv omgångens rapport till styrgruppen (PDF eller Word)</translation>
        </message>
    </context>
    <context>
        <name>ReportDialog</name>
        <message>
            <source>Round report</source>
            <translation>Rapport för omgången</translation>
        </message>
        <message>
            <source>A report of “{round}” for the steering group: the summary with the charts, every standard, the criteria not met with their barriers and actions, the action plan and how the score is counted.</source>
            <translation>En rapport om ”{round}” till styrgruppen: sammanfattningen med diagrammen, alla standarder, de kriterier som inte är uppfyllda med deras hinder och åtgärder, handlingsplanen och hur resultatet räknas.</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Format</translation>
        </message>
        <message>
            <source>PDF, to print or send</source>
            <translation>PDF, för att skriva ut eller skicka</translation>
        </message>
        <message>
            <source>Word, to edit before sending</source>
            <translation>Word, för att redigera innan den skickas</translation>
        </message>
        <message>
            <source>Language of the report</source>
            <translation>Rapportens språk</translation>
        </message>
        <message>
            <source>Leave out notes, N/A reasons and progress notes (to share)</source>
            <translation>Utelämna anteckningar, motiveringar för ej tillämpligt och lägesanteckningar (för att dela)</translation>
        </message>
        <message>
            <source>Round to compare with</source>
            <translation>Omgång att jämföra med</translation>
        </message>
        <message>
            <source>The round before (automatic)</source>
            <translation>Omgången före (automatiskt)</translation>
        </message>
        <message>
            <source>Paper size</source>
            <translation>Pappersstorlek</translation>
        </message>
        <message>
            <source>A4</source>
            <translation>A4</translation>
        </message>
        <message>
            <source>US Letter</source>
            <translation>US Letter</translation>
        </message>
        <message>
            <source>File to write</source>
            <translation>Fil att skriva</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Bläddra…</translation>
        </message>
        <message>
            <source>&amp;Format:</source>
            <translation>&amp;Format:</translation>
        </message>
        <message>
            <source>PDF or Word</source>
            <translation>PDF eller Word</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Språk:</translation>
        </message>
        <message>
            <source>The language of the standards and of the report's headings</source>
            <translation>Språket för standarderna och rapportens rubriker</translation>
        </message>
        <message>
            <source>&amp;Compare with:</source>
            <translation>&amp;Jämför med:</translation>
        </message>
        <message>
            <source>The earlier round the summary and the radar compare with</source>
            <translation>Den tidigare omgång som sammanfattningen och radardiagrammet jämför med</translation>
        </message>
        <message>
            <source>&amp;Paper:</source>
            <translation>&amp;Papper:</translation>
        </message>
        <message>
            <source>The paper size</source>
            <translation>Pappersstorleken</translation>
        </message>
        <message>
            <source>F&amp;ile:</source>
            <translation>F&amp;il:</translation>
        </message>
        <message>
            <source>Where the report is written</source>
            <translation>Var rapporten skrivs</translation>
        </message>
        <message>
            <source>&amp;Write report</source>
            <translation>Skriv &amp;rapport</translation>
        </message>
        <message>
            <source>{unit} - {round} - report</source>
            <translation>{unit} - {round} - rapport</translation>
        </message>
        <message>
            <source>{name} (to share)</source>
            <translation>{name} (för delning)</translation>
        </message>
        <message>
            <source>Writing the report…</source>
            <translation>Rapporten skrivs…</translation>
        </message>
        <message>
            <source>Report written</source>
            <translation>Rapporten är skriven</translation>
        </message>
        <message>
            <source>The report is written to {path}.</source>
            <translation>Rapporten har skrivits till {path}.</translation>
        </message>
        <message>
            <source>&amp;Open the report</source>
            <translation>&amp;Öppna rapporten</translation>
        </message>
        <message>
            <source>Open &amp;folder</source>
            <translation>Öppna &amp;mappen</translation>
        </message>
        <message>
            <source>Could not write the report</source>
            <translation>Rapporten kunde inte skrivas</translation>
        </message>
        <message>
            <source>The report was not written.

{reason}</source>
            <translation>Rapporten skrevs inte.

{reason}</translation>
        </message>
        <message>
            <source>Write the report</source>
            <translation>Skriv rapporten</translation>
        </message>
        <message>
            <source>PDF document (*.pdf);;Word document (*.docx)</source>
            <translation>PDF-dokument (*.pdf);;Word-dokument (*.docx)</translation>
        </message>
    </context>
    <context>
        <name>ReportWorker</name>
        <message>
            <source>The file could not be written: {reason}</source>
            <translation>Filen kunde inte skrivas: {reason}</translation>
        </message>
    </context>
    <context>
        <name>RespondentEditDialog</name>
        <message>
            <source>Edit respondent</source>
            <translation>Redigera respondent</translation>
        </message>
        <message>
            <source>Add respondent</source>
            <translation>Lägg till respondent</translation>
        </message>
        <message>
            <source>Give each respondent an alias, such as “Police 1” or “R3”. Never enter a real name: aliases appear in reports and exports.</source>
            <translation>Ge varje respondent ett alias, till exempel ”Polis 1” eller ”R3”. Skriv aldrig ett riktigt namn: alias visas i rapporter och exporter.</translation>
        </message>
        <message>
            <source>Alias</source>
            <translation>Alias</translation>
        </message>
        <message>
            <source>For example: Police 1</source>
            <translation>Till exempel: Polis 1</translation>
        </message>
        <message>
            <source>Perspective</source>
            <translation>Perspektiv</translation>
        </message>
        <message>
            <source>Agency</source>
            <translation>Myndighet</translation>
        </message>
        <message>
            <source>&amp;Alias:</source>
            <translation>&amp;Alias:</translation>
        </message>
        <message>
            <source>How this respondent is shown; never a real name.</source>
            <translation>Hur respondenten visas; aldrig ett riktigt namn.</translation>
        </message>
        <message>
            <source>&amp;Perspective:</source>
            <translation>&amp;Perspektiv:</translation>
        </message>
        <message>
            <source>The point of view this respondent answers from.</source>
            <translation>Det perspektiv som respondenten svarar utifrån.</translation>
        </message>
        <message>
            <source>A&amp;gency:</source>
            <translation>&amp;Myndighet:</translation>
        </message>
        <message>
            <source>The agency this respondent works for.</source>
            <translation>Den myndighet som respondenten arbetar för.</translation>
        </message>
        <message>
            <source>Warning about the alias</source>
            <translation>Varning om aliaset</translation>
        </message>
        <message>
            <source>⚠ This looks like a person's name. Respondents must not be identifiable: use an alias such as “Police 1” or “R3” instead.</source>
            <translation>⚠ Det här ser ut som ett personnamn. Respondenter får inte kunna identifieras: använd i stället ett alias som ”Polis 1” eller ”R3”.</translation>
        </message>
        <message>
            <source>Save the respondent</source>
            <translation>Spara respondenten</translation>
        </message>
        <message>
            <source>Enter an alias for the respondent.</source>
            <translation>Skriv ett alias för respondenten.</translation>
        </message>
        <message>
            <source>Another respondent of this round already has this alias.</source>
            <translation>En annan respondent i omgången har redan det här aliaset.</translation>
        </message>
    </context>
    <context>
        <name>RespondentsDialog</name>
        <message>
            <source>Respondents</source>
            <translation>Respondenter</translation>
        </message>
        <message>
            <source>The people answering in “{round}”, known by an alias only. Each answers the criteria on their own; the team then agrees its consensus answers.</source>
            <translation>De som svarar i ”{round}”, kända bara under ett alias. Var och en besvarar kriterierna på egen hand; sedan enas teamet om sina konsensussvar.</translation>
        </message>
        <message>
            <source>This round is finalised: its respondents can no longer change.</source>
            <translation>Omgången är slutförd: dess respondenter kan inte längre ändras.</translation>
        </message>
        <message>
            <source>Respondents of this round</source>
            <translation>Respondenter i den här omgången</translation>
        </message>
        <message>
            <source>No respondents yet. Add the people answering in this round.</source>
            <translation>Inga respondenter än. Lägg till de personer som svarar i den här omgången.</translation>
        </message>
        <message>
            <source>&amp;Add…</source>
            <translation>&amp;Lägg till…</translation>
        </message>
        <message>
            <source>Add a respondent</source>
            <translation>Lägg till en respondent</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Redigera…</translation>
        </message>
        <message>
            <source>Change the selected respondent</source>
            <translation>Ändra den markerade respondenten</translation>
        </message>
        <message>
            <source>&amp;Remove…</source>
            <translation>&amp;Ta bort…</translation>
        </message>
        <message>
            <source>Remove the selected respondent and their answers ({shortcut}, {key})</source>
            <translation>Ta bort den markerade respondenten och dennes svar ({shortcut}, {key})</translation>
        </message>
        <message numerus="yes">
            <source>Remove {alias} and the %n answer(s) they gave, with their notes?

This cannot be undone.</source>
            <translation>
                <numerusform>Ta bort {alias} och det %n svar som respondenten gav, med anteckningar?

Det går inte att ångra.</numerusform>
                <numerusform>Ta bort {alias} och de %n svar som respondenten gav, med anteckningar?

Det går inte att ångra.</numerusform>
            </translation>
        </message>
        <message>
            <source>Remove respondent</source>
            <translation>Ta bort respondent</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Ta bort</translation>
        </message>
    </context>
    <context>
        <name>RespondentsTableModel</name>
        <message>
            <source>Alias</source>
            <translation>Alias</translation>
        </message>
        <message>
            <source>Perspective</source>
            <translation>Perspektiv</translation>
        </message>
        <message>
            <source>Agency</source>
            <translation>Myndighet</translation>
        </message>
        <message>
            <source>Answers</source>
            <translation>Svar</translation>
        </message>
        <message>
            <source>Criteria this respondent has answered, not applicable included</source>
            <translation>Kriterier som respondenten har besvarat, inklusive ej tillämpliga</translation>
        </message>
        <message numerus="yes">
            <source>%n answer(s)</source>
            <translation>
                <numerusform>%n svar</numerusform>
                <numerusform>%n svar</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ResultsActions</name>
        <message>
            <source>&amp;Results</source>
            <translation>&amp;Resultat</translation>
        </message>
        <message>
            <source>Charts of the unit's scores and progress (press again to go back)</source>
            <translation>Diagram över enhetens resultat och utveckling (tryck igen för att gå tillbaka)</translation>
        </message>
    </context>
    <context>
        <name>ResultsView</name>
        <message>
            <source>Overview</source>
            <translation>Översikt</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Framsteg</translation>
        </message>
        <message>
            <source>Perspectives</source>
            <translation>Perspektiv</translation>
        </message>
        <message>
            <source>Criteria over time</source>
            <translation>Kriterier över tid</translation>
        </message>
        <message>
            <source>Results</source>
            <translation>Resultat</translation>
        </message>
        <message>
            <source>Since the last round</source>
            <translation>Sedan förra omgången</translation>
        </message>
        <message>
            <source>What changed since the round before this one</source>
            <translation>Vad som har ändrats sedan omgången före den här</translation>
        </message>
        <message>
            <source>&amp;Compare with:</source>
            <translation>&amp;Jämför med:</translation>
        </message>
        <message>
            <source>Compare with round</source>
            <translation>Jämför med omgång</translation>
        </message>
        <message>
            <source>Overlay another round on the radar chart (Alt+C)</source>
            <translation>Lägg en annan omgång ovanpå radardiagrammet (Alt+J)</translation>
        </message>
        <message>
            <source>&amp;Standards in the chart:</source>
            <translation>&amp;Standarder i diagrammet:</translation>
        </message>
        <message>
            <source>Standards shown over time</source>
            <translation>Standarder som visas över tid</translation>
        </message>
        <message>
            <source>Tick standards to add their lines to the chart (Alt+S)</source>
            <translation>Kryssa i standarder för att lägga till deras linjer i diagrammet (Alt+S)</translation>
        </message>
        <message>
            <source>E&amp;vents:</source>
            <translation>&amp;Händelser:</translation>
        </message>
        <message>
            <source>Events of the unit</source>
            <translation>Enhetens händelser</translation>
        </message>
        <message>
            <source>Things that happened to the unit, drawn as dashed lines (Alt+V)</source>
            <translation>Sådant som har hänt enheten, ritat som streckade linjer (Alt+H)</translation>
        </message>
        <message>
            <source>&amp;Add…</source>
            <translation>&amp;Lägg till…</translation>
        </message>
        <message>
            <source>Add an event</source>
            <translation>Lägg till en händelse</translation>
        </message>
        <message>
            <source>Add an event of the unit (Alt+A)</source>
            <translation>Lägg till en händelse för enheten (Alt+L)</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Redigera…</translation>
        </message>
        <message>
            <source>Edit the selected event</source>
            <translation>Redigera den markerade händelsen</translation>
        </message>
        <message>
            <source>Edit the selected event (Alt+E)</source>
            <translation>Redigera den markerade händelsen (Alt+R)</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Ta bort</translation>
        </message>
        <message>
            <source>Remove the selected event</source>
            <translation>Ta bort den markerade händelsen</translation>
        </message>
        <message>
            <source>Remove the selected event (Alt+R)</source>
            <translation>Ta bort den markerade händelsen (Alt+T)</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Ingen</translation>
        </message>
        <message>
            <source>{title} ({date})</source>
            <translation>{title} ({date})</translation>
        </message>
        <message>
            <source>{date}  {title}</source>
            <translation>{date}  {title}</translation>
        </message>
        <message>
            <source>{unit}: {round} ({date})</source>
            <translation>{unit}: {round} ({date})</translation>
        </message>
        <message>
            <source>This unit has no rounds yet. Start a round and answer its criteria; the charts appear here.</source>
            <translation>Enheten har inga omgångar än. Starta en omgång och besvara dess kriterier; diagrammen visas här.</translation>
        </message>
        <message>
            <source>No scores yet for {round}. Answer at least one criterion that applies (yes or no) and the charts appear here.</source>
            <translation>Inga resultat än för {round}. Besvara minst ett tillämpligt kriterium (ja eller nej) så visas diagrammen här.</translation>
        </message>
        <message>
            <source>This unit has no rounds yet.</source>
            <translation>Enheten har inga omgångar än.</translation>
        </message>
        <message>
            <source>This is the unit's only round, so there is no earlier round to compare with.</source>
            <translation>Det här är enhetens enda omgång, så det finns ingen tidigare omgång att jämföra med.</translation>
        </message>
        <message>
            <source>{round} is the unit's first round: there is no earlier round to compare with.</source>
            <translation>{round} är enhetens första omgång: det finns ingen tidigare omgång att jämföra med.</translation>
        </message>
        <message>
            <source>{current} compared with {previous}</source>
            <translation>{current} jämfört med {previous}</translation>
        </message>
        <message>
            <source>Nothing to compare yet.</source>
            <translation>Inget att jämföra än.</translation>
        </message>
        <message numerus="yes">
            <source>and %n more</source>
            <translation>
                <numerusform>och %n till</numerusform>
                <numerusform>och %n till</numerusform>
            </translation>
        </message>
        <message>
            <source>Overall score rose from {before} % to {after} % (+{change} points).</source>
            <translation>Totalresultatet steg från {before} % till {after} % (+{change} procentenheter).</translation>
        </message>
        <message>
            <source>Overall score fell from {before} % to {after} % ({change} points).</source>
            <translation>Totalresultatet sjönk från {before} % till {after} % ({change} procentenheter).</translation>
        </message>
        <message>
            <source>Overall score stayed at {value} %.</source>
            <translation>Totalresultatet låg kvar på {value} %.</translation>
        </message>
        <message>
            <source>{standard} (+{gain} points)</source>
            <translation>{standard} (+{gain} procentenheter)</translation>
        </message>
        <message>
            <source>Most improved: {standards}.</source>
            <translation>Störst förbättring: {standards}.</translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message numerus="yes">
            <source>Newly met: %n criteria</source>
            <translation>
                <numerusform>Nyligen uppfyllt: %n kriterium</numerusform>
                <numerusform>Nyligen uppfyllda: %n kriterier</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>No longer met: %n criteria</source>
            <translation>
                <numerusform>Inte längre uppfyllt: %n kriterium</numerusform>
                <numerusform>Inte längre uppfyllda: %n kriterier</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Still not met: %n criteria</source>
            <translation>
                <numerusform>Fortfarande ej uppfyllt: %n kriterium</numerusform>
                <numerusform>Fortfarande ej uppfyllda: %n kriterier</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Changed meaning in the new version of the standards, not compared: %n criteria</source>
            <translation>
                <numerusform>Har ändrat innebörd i den nya versionen av standarderna, jämförs inte: %n kriterium</numerusform>
                <numerusform>Har ändrat innebörd i den nya versionen av standarderna, jämförs inte: %n kriterier</numerusform>
            </translation>
        </message>
        <message>
            <source>Radar chart of scores per standard</source>
            <translation>Radardiagram över resultat per standard</translation>
        </message>
        <message>
            <source>Bar chart of score and completeness per standard</source>
            <translation>Stapeldiagram över resultat och andel besvarade per standard</translation>
        </message>
        <message>
            <source>Line chart of scores over time, with events</source>
            <translation>Linjediagram över resultat över tid, med händelser</translation>
        </message>
        <message>
            <source>Bar chart of scores per perspective</source>
            <translation>Stapeldiagram över resultat per perspektiv</translation>
        </message>
        <message>
            <source>Heat map of each criterion's status per round</source>
            <translation>Värmekarta över varje kriteriums status per omgång</translation>
        </message>
        <message>
            <source>Could not save the event</source>
            <translation>Händelsen kunde inte sparas</translation>
        </message>
        <message>
            <source>Remove event</source>
            <translation>Ta bort händelse</translation>
        </message>
        <message>
            <source>Remove the event “{title}” of {date}? This cannot be undone.</source>
            <translation>Ta bort händelsen ”{title}” den {date}? Det går inte att ångra.</translation>
        </message>
    </context>
    <context>
        <name>ReviewDialog</name>
        <message>
            <source>Review the open actions</source>
            <translation>Gå igenom de öppna åtgärderna</translation>
        </message>
        <message numerus="yes">
            <source>A new round has started. {unit} has %n open action(s) from earlier rounds: what became of each? “Carry on” leaves an action as it is; “Partly” keeps it in progress with a note on what is left.</source>
            <translation>
                <numerusform>En ny omgång har startat. {unit} har %n öppen åtgärd från tidigare omgångar: hur gick det med den? ”Fortsätter” lämnar en åtgärd som den är; ”Delvis” låter den förbli pågående med en anteckning om vad som återstår.</numerusform>
                <numerusform>En ny omgång har startat. {unit} har %n öppna åtgärder från tidigare omgångar: hur gick det med var och en? ”Fortsätter” lämnar en åtgärd som den är; ”Delvis” låter den förbli pågående med en anteckning om vad som återstår.</numerusform>
            </translation>
        </message>
        <message>
            <source>Open actions to review</source>
            <translation>Öppna åtgärder att gå igenom</translation>
        </message>
        <message>
            <source>&amp;Save the review</source>
            <translation>&amp;Spara genomgången</translation>
        </message>
        <message>
            <source>Save the review</source>
            <translation>Spara genomgången</translation>
        </message>
        <message>
            <source>&amp;Later</source>
            <translation>Se&amp;nare</translation>
        </message>
        <message>
            <source>Later: close without changing the actions</source>
            <translation>Senare: stäng utan att ändra åtgärderna</translation>
        </message>
        <message>
            <source>Close without changing the actions; review them any time in the Action plan</source>
            <translation>Stäng utan att ändra åtgärderna; gå igenom dem när som helst i handlingsplanen</translation>
        </message>
        <message>
            <source>Criterion</source>
            <translation>Kriterium</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Åtgärd</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Utfall</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Anteckning</translation>
        </message>
        <message>
            <source>Go to</source>
            <translation>Gå till</translation>
        </message>
        <message>
            <source>Go to criterion {criterion}</source>
            <translation>Gå till kriterium {criterion}</translation>
        </message>
        <message>
            <source>Show this criterion in the new round</source>
            <translation>Visa kriteriet i den nya omgången</translation>
        </message>
        <message>
            <source>due {date}</source>
            <translation>klart senast {date}</translation>
        </message>
        <message>
            <source>⚠ overdue</source>
            <translation>⚠ försenad</translation>
        </message>
        <message>
            <source>What became of “{action}”</source>
            <translation>Hur det gick med ”{action}”</translation>
        </message>
        <message>
            <source>Carry on (unchanged)</source>
            <translation>Fortsätter (oförändrad)</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Genomförd</translation>
        </message>
        <message>
            <source>Partly (stays in progress)</source>
            <translation>Delvis (förblir pågående)</translation>
        </message>
        <message>
            <source>Dropped</source>
            <translation>Avbruten</translation>
        </message>
        <message>
            <source>Note on “{action}”</source>
            <translation>Anteckning om ”{action}”</translation>
        </message>
        <message>
            <source>What was done, what is left</source>
            <translation>Vad som har gjorts, vad som återstår</translation>
        </message>
        <message>
            <source>Add a note to each action marked “Partly”: say what is still to be done.</source>
            <translation>Lägg till en anteckning för varje åtgärd som är markerad ”Delvis”: skriv vad som återstår att göra.</translation>
        </message>
        <message>
            <source>Some of these actions were changed or deleted elsewhere (in another window or on another computer) since they were shown here, so nothing was saved. The list now shows them as they are saved; check your choices and save again.</source>
            <translation>Några av åtgärderna har ändrats eller tagits bort någon annanstans (i ett annat fönster eller på en annan dator) sedan de visades här, så ingenting sparades. Listan visar dem nu som de är sparade; kontrollera dina val och spara igen.</translation>
        </message>
    </context>
    <context>
        <name>RoundController</name>
        <message>
            <source>Change {criterion}</source>
            <translation>Ändra {criterion}</translation>
        </message>
    </context>
    <context>
        <name>RoundDialog</name>
        <message>
            <source>New round</source>
            <translation>Ny omgång</translation>
        </message>
        <message>
            <source>A round is one self-assessment of your unit: your team answers every criterion of the chosen standards pack.</source>
            <translation>En omgång är en självskattning av enheten: teamet besvarar alla kriterier i det valda standardpaketet.</translation>
        </message>
        <message>
            <source>{title}, version {version}</source>
            <translation>{title}, version {version}</translation>
        </message>
        <message>
            <source>{pack} (local variant: {file})</source>
            <translation>{pack} (lokal variant: {file})</translation>
        </message>
        <message>
            <source>A local variant: a file in your packs folder that uses the id of a pack shipped with PROMISE tracker but says something else. Choose it only if your team agreed to assess with it.</source>
            <translation>En lokal variant: en fil i mappen för paket som har samma id som ett paket som följer med PROMISE tracker men säger något annat. Välj den bara om ni i teamet har kommit överens om att bedöma med den.</translation>
        </message>
        <message>
            <source>Provenance of the standards pack</source>
            <translation>Standardpaketets ursprung</translation>
        </message>
        <message>
            <source>&amp;Show the answers of the previous round ({title}) beside the new ones</source>
            <translation>&amp;Visa svaren från föregående omgång ({title}) bredvid de nya</translation>
        </message>
        <message>
            <source>&amp;Show the answers of the previous round beside the new ones</source>
            <translation>&amp;Visa svaren från föregående omgång bredvid de nya</translation>
        </message>
        <message>
            <source>Each criterion then shows what your team answered last time, so you can see what changed.</source>
            <translation>Varje kriterium visar då vad teamet svarade förra gången, så att ni ser vad som har ändrats.</translation>
        </message>
        <message>
            <source>There is no earlier round of this unit to compare with.</source>
            <translation>Det finns ingen tidigare omgång för enheten att jämföra med.</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Titel:</translation>
        </message>
        <message>
            <source>A name that tells this round apart from the others.</source>
            <translation>Ett namn som skiljer omgången från de andra.</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Datum:</translation>
        </message>
        <message>
            <source>When the team assesses; the arrow opens a calendar.</source>
            <translation>När teamet gör bedömningen; pilen öppnar en kalender.</translation>
        </message>
        <message>
            <source>Standards &amp;pack:</source>
            <translation>Standard&amp;paket:</translation>
        </message>
        <message>
            <source>The standards and criteria the round is assessed against.</source>
            <translation>De standarder och kriterier som omgången bedöms mot.</translation>
        </message>
        <message>
            <source>Start round</source>
            <translation>Starta omgången</translation>
        </message>
        <message>
            <source>Where the criteria of this pack come from:</source>
            <translation>Var kriterierna i paketet kommer ifrån:</translation>
        </message>
        <message>
            <source>How the round starts</source>
            <translation>Hur omgången startar</translation>
        </message>
        <message>
            <source>Start &amp;from an earlier round:</source>
            <translation>Utgå &amp;från en tidigare omgång:</translation>
        </message>
        <message>
            <source>Start from an earlier round</source>
            <translation>Utgå från en tidigare omgång</translation>
        </message>
        <message>
            <source>The earlier round to start from</source>
            <translation>Den tidigare omgång som omgången utgår från</translation>
        </message>
        <message>
            <source>{title} ({date})</source>
            <translation>{title} ({date})</translation>
        </message>
        <message>
            <source>Its answers, evidence notes, reasons for “not applicable” and flags are copied, each to confirm or change.</source>
            <translation>Dess svar, anteckningar om underlag, motiveringar för ”ej tillämpligt” och markeringar kopieras, vart och ett att bekräfta eller ändra.</translation>
        </message>
        <message>
            <source>Its answers, evidence notes and reasons are copied as “carried forward”: they count once your team confirms or changes them.</source>
            <translation>Dess svar, anteckningar om underlag och motiveringar kopieras som ”överförda”: de räknas när teamet bekräftar eller ändrar dem.</translation>
        </message>
        <message>
            <source>Also add that round's &amp;respondents (without their answers)</source>
            <translation>Lägg också till omgångens &amp;respondenter (utan deras svar)</translation>
        </message>
        <message>
            <source>Their aliases, perspectives and agencies, so they can answer this round too.</source>
            <translation>Deras alias, perspektiv och myndigheter, så att de kan svara i den här omgången också.</translation>
        </message>
        <message>
            <source>Start &amp;empty</source>
            <translation>Starta &amp;utan tidigare svar</translation>
        </message>
        <message>
            <source>Start empty</source>
            <translation>Starta utan tidigare svar</translation>
        </message>
        <message>
            <source>There is no earlier round of this unit to start from.</source>
            <translation>Det finns ingen tidigare omgång för enheten att utgå från.</translation>
        </message>
        <message>
            <source>Self-assessment {year}</source>
            <translation>Självskattning {year}</translation>
        </message>
        <message>
            <source>{title} ({number})</source>
            <translation>{title} ({number})</translation>
        </message>
        <message>
            <source>Enter a title for the round.</source>
            <translation>Skriv en titel för omgången.</translation>
        </message>
    </context>
    <context>
        <name>RoundExport</name>
        <message>
            <source>Yes: evidence notes, dissenting views and N/A justifications are left out and respondents' aliases are replaced by 'Respondent 1', 'Respondent 2', ...</source>
            <translation>Ja: anteckningar om underlag, avvikande uppfattningar och motiveringar för ej tillämpligt är utelämnade och respondenternas alias är ersatta med 'Respondent 1', 'Respondent 2', ...</translation>
        </message>
        <message>
            <source>Respondent {number}</source>
            <translation>Respondent {number}</translation>
        </message>
        <message>
            <source>all respondents pooled (no agreed answers yet)</source>
            <translation>alla respondenter sammanvägda (inga överenskomna svar än)</translation>
        </message>
        <message>
            <source>… [continues: {count} more characters in the full record]</source>
            <translation>… [fortsätter: ytterligare {count} tecken i den fullständiga posten]</translation>
        </message>
        <message>
            <source>{app}: self-assessment export</source>
            <translation>{app}: export av självskattning</translation>
        </message>
        <message>
            <source>One round</source>
            <translation>En omgång</translation>
        </message>
        <message>
            <source>A unit with all its rounds</source>
            <translation>En enhet med alla dess omgångar</translation>
        </message>
        <message>
            <source>Export of</source>
            <translation>Export av</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Region</translation>
        </message>
        <message>
            <source>Lead agency</source>
            <translation>Huvudman</translation>
        </message>
        <message>
            <source>Year opened</source>
            <translation>Öppnade år</translation>
        </message>
        <message>
            <source>Standards pack</source>
            <translation>Standardpaket</translation>
        </message>
        <message>
            <source>Pack version</source>
            <translation>Paketversion</translation>
        </message>
        <message>
            <source>Pack content</source>
            <translation>Paketets innehåll</translation>
        </message>
        <message>
            <source>Provenance</source>
            <translation>Ursprung</translation>
        </message>
        <message>
            <source>Score shown</source>
            <translation>Visat resultat</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Språk</translation>
        </message>
        <message>
            <source>Redacted</source>
            <translation>Avidentifierad</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Nej</translation>
        </message>
        <message>
            <source>{count}; this summary shows the latest</source>
            <translation>{count}; sammanfattningen visar den senaste</translation>
        </message>
        <message>
            <source>Rounds</source>
            <translation>Omgångar</translation>
        </message>
        <message>
            <source>Met</source>
            <translation>Uppfyllt</translation>
        </message>
        <message>
            <source>Applicable</source>
            <translation>Tillämpliga</translation>
        </message>
        <message>
            <source>N/A</source>
            <translation>Ej tillämpligt</translation>
        </message>
        <message>
            <source>Unanswered</source>
            <translation>Obesvarat</translation>
        </message>
        <message>
            <source>Score per standard</source>
            <translation>Resultat per standard</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Resultat</translation>
        </message>
        <message>
            <source>Standard</source>
            <translation>Standard</translation>
        </message>
        <message>
            <source>Events of the unit</source>
            <translation>Enhetens händelser</translation>
        </message>
        <message>
            <source>{answer} (to confirm)</source>
            <translation>{answer} (att bekräfta)</translation>
        </message>
        <message>
            <source>Statement</source>
            <translation>Påstående</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Svar</translation>
        </message>
        <message>
            <source>Barrier</source>
            <translation>Hinder</translation>
        </message>
        <message>
            <source>{perspective}: % yes</source>
            <translation>{perspective}: % ja</translation>
        </message>
        <message>
            <source>Evidence note</source>
            <translation>Anteckning om underlag</translation>
        </message>
        <message>
            <source>Dissenting view</source>
            <translation>Avvikande uppfattning</translation>
        </message>
        <message>
            <source>N/A justification</source>
            <translation>Motivering för ej tillämpligt</translation>
        </message>
        <message>
            <source>the team's agreed score</source>
            <translation>teamets överenskomna resultat</translation>
        </message>
        <message>
            <source>Flagged</source>
            <translation>Markerad</translation>
        </message>
        <message>
            <source>Criterion</source>
            <translation>Kriterium</translation>
        </message>
        <message>
            <source>{answer} (meaning changed since)</source>
            <translation>{answer} (innebörden har ändrats sedan dess)</translation>
        </message>
        <message>
            <source>standards version {version}</source>
            <translation>standardversion {version}</translation>
        </message>
        <message>
            <source>What will be done</source>
            <translation>Vad ska göras</translation>
        </message>
        <message>
            <source>Responsible role</source>
            <translation>Ansvarig roll</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Klart senast</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Progress note</source>
            <translation>Lägesanteckning</translation>
        </message>
        <message>
            <source>Planned in round</source>
            <translation>Planerad i omgång</translation>
        </message>
        <message>
            <source>Round date</source>
            <translation>Datum för omgången</translation>
        </message>
        <message>
            <source>Round</source>
            <translation>Omgång</translation>
        </message>
        <message>
            <source>Alias</source>
            <translation>Alias</translation>
        </message>
        <message>
            <source>Perspective</source>
            <translation>Perspektiv</translation>
        </message>
        <message>
            <source>Agency</source>
            <translation>Myndighet</translation>
        </message>
        <message>
            <source>Overall score over rounds</source>
            <translation>Totalresultat över omgångarna</translation>
        </message>
        <message>
            <source>Overall score</source>
            <translation>Totalresultat</translation>
        </message>
        <message>
            <source>Cannot export: a text of the {kind} {name} is {count} characters long, more than an export can hold (about {limit}); shorten it and export again.</source>
            <translation>Det går inte att exportera: en text i posten ({kind}) {name} är {count} tecken lång, mer än en export kan rymma (omkring {limit}); korta den och exportera igen.</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>Sida {page} av {pages}</translation>
        </message>
    </context>
    <context>
        <name>RoundSession</name>
        <message>
            <source>This answer keeps being changed elsewhere; try again in a moment.</source>
            <translation>Svaret ändras hela tiden någon annanstans; försök igen om en stund.</translation>
        </message>
    </context>
    <context>
        <name>RoundTitleDialog</name>
        <message>
            <source>Rename round</source>
            <translation>Byt namn på omgången</translation>
        </message>
        <message>
            <source>New &amp;title:</source>
            <translation>Ny &amp;titel:</translation>
        </message>
        <message>
            <source>The title shown for the round everywhere.</source>
            <translation>Titeln som visas för omgången överallt.</translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>Byt namn</translation>
        </message>
        <message>
            <source>A round needs a title.</source>
            <translation>En omgång måste ha en titel.</translation>
        </message>
    </context>
    <context>
        <name>RoundUpgrade</name>
        <message>
            <source>The round “{title}” is finalised. Finalised rounds stay on the version they were assessed with; to assess with version {version}, start a new round with it. Nothing was changed.</source>
            <translation>Omgången ”{title}” är slutförd. Slutförda omgångar stannar på den version de bedömdes med; starta en ny omgång med version {version} för att bedöma med den. Ingenting ändrades.</translation>
        </message>
        <message>
            <source>The round “{title}” uses version {current} of {pack}; choose a newer version than that to upgrade to. Nothing was changed.</source>
            <translation>Omgången ”{title}” använder version {current} av {pack}; välj en nyare version än den att uppgradera till. Ingenting ändrades.</translation>
        </message>
        <message>
            <source>No crosswalk leads from version {current} to version {version} of {pack}, so it is not known which answers still apply. Add the crosswalk file that comes with the new version to the packs folder, or start a new round with version {version}. Nothing was changed.</source>
            <translation>Det finns ingen jämförelsetabell från version {current} till version {version} av {pack}, så det går inte att veta vilka svar som fortfarande gäller. Lägg jämförelsetabellen som följer med den nya versionen i paketmappen, eller starta en ny omgång med version {version}. Ingenting ändrades.</translation>
        </message>
        <message>
            <source>The round “{title}” was made with {pack} {version}, which is not installed here, so its answers cannot be matched to the new version. Add that pack file to the packs folder, then try again. Nothing was changed.</source>
            <translation>Omgången ”{title}” gjordes med {pack} {version}, som inte är installerat här, så dess svar kan inte kopplas till den nya versionen. Lägg paketfilen i paketmappen och försök igen. Ingenting ändrades.</translation>
        </message>
        <message>
            <source>Version {version} of the standards pack {pack} is not installed. Add its file to the packs folder, then try again. Nothing was changed.</source>
            <translation>Version {version} av standardpaketet {pack} är inte installerad. Lägg dess fil i paketmappen och försök igen. Ingenting ändrades.</translation>
        </message>
        <message>
            <source>The crosswalk from version {current} to {version} of {pack} does not fit the installed packs (it does not account for {ids}). Check it with “promise-tracker validate”, or get it again with the pack. Nothing was changed.</source>
            <translation>Jämförelsetabellen från version {current} till {version} av {pack} passar inte de installerade paketen (den tar inte upp {ids}). Kontrollera den med ”promise-tracker validate”, eller hämta den på nytt med paketet. Ingenting ändrades.</translation>
        </message>
        <message>
            <source>Version {version} of {pack} has no answer “{answers}”, which this round uses. Change those answers first, or start a new round with version {version}. Nothing was changed.</source>
            <translation>Version {version} av {pack} har inget svar ”{answers}”, som den här omgången använder. Ändra de svaren först, eller starta en ny omgång med version {version}. Ingenting ändrades.</translation>
        </message>
        <message>
            <source>Version {version} of {pack} has no perspective “{perspectives}”, which respondents of this round answer from. Give them another perspective first, or start a new round with version {version}. Nothing was changed.</source>
            <translation>Version {version} av {pack} har inget perspektiv ”{perspectives}”, som respondenter i den här omgången svarar utifrån. Ge dem ett annat perspektiv först, eller starta en ny omgång med version {version}. Ingenting ändrades.</translation>
        </message>
    </context>
    <context>
        <name>RoundView</name>
        <message numerus="yes">
            <source>Confirmed %n answer(s) carried forward: counted in the score from now on.</source>
            <translation>
                <numerusform>%n överfört svar har bekräftats: det räknas i resultatet från och med nu.</numerusform>
                <numerusform>%n överförda svar har bekräftats: de räknas i resultatet från och med nu.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Server</name>
        <message>
            <source>The prefix “{prefix}” cannot be used: it must start with a lowercase letter and hold only lowercase letters, digits and _ (at most 40), e.g. promise or network_west.</source>
            <translation>Prefixet ”{prefix}” kan inte användas: det måste börja med en gemen bokstav och bara innehålla gemena bokstäver, siffror och _ (högst 40), till exempel promise eller natverk_vast.</translation>
        </message>
        <message>
            <source>“{role}” cannot be used as a role name: use letters, digits and _ . @ - (at most 63, not starting with a digit), e.g. anna.berg.</source>
            <translation>”{role}” kan inte användas som rollnamn: använd bokstäver, siffror och _ . @ - (högst 63, inte först en siffra), till exempel anna.berg.</translation>
        </message>
        <message>
            <source>“{database}” on {host}</source>
            <translation>”{database}” på {host}</translation>
        </message>
        <message>
            <source>The server commands need the URL of a PostgreSQL database, such as postgresql+psycopg://ROLE@HOST/DATABASE, not “{url}”. Give it with --db-url or in the environment variable PROMISE_TRACKER_DB_URL.</source>
            <translation>Serverkommandona behöver adressen (URL) till en PostgreSQL-databas, till exempel postgresql+psycopg://ROLL@VÄRD/DATABAS, inte ”{url}”. Ange den med --db-url eller i miljövariabeln PROMISE_TRACKER_DB_URL.</translation>
        </message>
        <message>
            <source>The role used for the database {database} may not do this ({detail}). Run the server commands as the owner of the database (a role that may create roles, see docs/server.md); adding members of units may also be done by an administrator.</source>
            <translation>Rollen som används för databasen {database} får inte göra detta ({detail}). Kör serverkommandona som databasens ägare (en roll som får skapa roller, se docs/server.md); medlemmar i enheter kan även läggas till av en administratör.</translation>
        </message>
        <message>
            <source>The server refused to sign in to the database {database}: wrong role name or password, or the role may not connect. Check the password in ~/.pgpass (or the service file) and ask the server's administrator.</source>
            <translation>Servern vägrade inloggningen till databasen {database}: fel rollnamn eller lösenord, eller så får rollen inte ansluta. Kontrollera lösenordet i ~/.pgpass (eller servicefilen) och fråga serverns administratör.</translation>
        </message>
        <message>
            <source>The server does not let this role connect to the database {database} from this computer (or not without TLS). Ask the server's administrator to allow it in pg_hba.conf (docs/server.md, “Let the network's computers connect”).</source>
            <translation>Servern låter inte den här rollen ansluta till databasen {database} från den här datorn (eller inte utan TLS). Be serverns administratör att tillåta det i pg_hba.conf (docs/server.md, ”Let the network's computers connect”).</translation>
        </message>
        <message>
            <source>The server of the database {database} could not be verified as the right one ({detail}). Check the host name in the URL (it must be the one in the server's certificate) and the certificate file given as sslrootcert.</source>
            <translation>Det gick inte att bekräfta att servern för databasen {database} är den rätta ({detail}). Kontrollera värdnamnet i adressen (det måste vara det som står i serverns certifikat) och certifikatfilen som anges som sslrootcert.</translation>
        </message>
        <message>
            <source>The database {database} does not exist. Create it first (docs/server.md, “Create the database”).</source>
            <translation>Databasen {database} finns inte. Skapa den först (docs/server.md, ”Create the database”).</translation>
        </message>
        <message>
            <source>The server of the database {database} cannot be reached: check the host name, that the server is running and that this computer may connect to it ({detail}).</source>
            <translation>Det går inte att nå servern för databasen {database}: kontrollera värdnamnet, att servern är igång och att den här datorn får ansluta till den ({detail}).</translation>
        </message>
        <message>
            <source>The server refused the change to the database {database}, so nothing was changed ({detail}).</source>
            <translation>Servern vägrade ändringen av databasen {database}, så ingenting ändrades ({detail}).</translation>
        </message>
        <message>
            <source>This database is not set up for a network yet. Run “promise-tracker server init” on it first (docs/server.md).</source>
            <translation>Databasen är ännu inte förberedd för ett nätverk. Kör först ”promise-tracker server init” på den (docs/server.md).</translation>
        </message>
        <message>
            <source>The database {database} was set up by a newer version of PROMISE tracker (database format {format}, unknown to this version, {version}). Use the newer version for the server commands; nothing was changed.</source>
            <translation>Databasen {database} har förberetts av en nyare version av PROMISE tracker (databasformat {format}, okänt för den här versionen, {version}). Använd den nyare versionen för serverkommandona; ingenting ändrades.</translation>
        </message>
        <message>
            <source>The database {database} holds tables that are not PROMISE tracker's ({tables}). Set up the network in a new, empty database; nothing was changed.</source>
            <translation>Databasen {database} innehåller tabeller som inte hör till PROMISE tracker ({tables}). Förbered nätverket i en ny, tom databas; ingenting ändrades.</translation>
        </message>
        <message>
            <source>The database {database} is at an older database format ({old}; this version writes {new}). Back it up with pg_dump and run “promise-tracker server upgrade” first; nothing was changed.</source>
            <translation>Databasen {database} har ett äldre databasformat ({old}; den här versionen skriver {new}). Säkerhetskopiera den med pg_dump och kör först ”promise-tracker server upgrade”; ingenting ändrades.</translation>
        </message>
        <message>
            <source>This database was set up with the prefix “{existing}”, so its roles are {existing}_admin, {existing}_coordinator and {existing}_member. Run init again without --prefix (or with --prefix {existing}); nothing was changed.</source>
            <translation>Databasen förbereddes med prefixet ”{existing}”, så dess roller är {existing}_admin, {existing}_coordinator och {existing}_member. Kör init igen utan --prefix (eller med --prefix {existing}); ingenting ändrades.</translation>
        </message>
        <message>
            <source>The database {database} is not a PROMISE tracker database (it holds other tables and no database format); nothing was changed.</source>
            <translation>Databasen {database} är ingen PROMISE tracker-databas (den innehåller andra tabeller och inget databasformat); ingenting ändrades.</translation>
        </message>
        <message>
            <source>Upgrading the database {database} ended at database format {found}, not {head}; it was undone and nothing was changed.</source>
            <translation>Uppgraderingen av databasen {database} slutade med databasformat {found}, inte {head}; den ångrades och ingenting ändrades.</translation>
        </message>
        <message>
            <source>Bringing the database {database} to database format {head} failed and was undone; nothing was changed ({detail}).</source>
            <translation>Det gick inte att föra databasen {database} till databasformat {head}; försöket ångrades och ingenting ändrades ({detail}).</translation>
        </message>
        <message>
            <source>More than one unit is called “{name}”: give its id instead ({ids}).</source>
            <translation>Flera enheter heter ”{name}”: ange i stället enhetens id ({ids}).</translation>
        </message>
        <message>
            <source>There is no unit “{name}” in this database. Give a unit's id or name; the units are: {units}.</source>
            <translation>Det finns ingen enhet ”{name}” i databasen. Ange en enhets id eller namn; enheterna är: {units}.</translation>
        </message>
        <message>
            <source>none yet</source>
            <translation>inga ännu</translation>
        </message>
        <message>
            <source>{role} is one of the network's group roles; give the login role of a person instead.</source>
            <translation>{role} är en av nätverkets grupproller; ange i stället en persons inloggningsroll.</translation>
        </message>
        <message>
            <source>Name at least one unit with --unit (its id or its name).</source>
            <translation>Ange minst en enhet med --unit (dess id eller namn).</translation>
        </message>
        <message>
            <source>{role} is not a member of {units}; nothing was changed.</source>
            <translation>{role} är inte medlem i {units}; ingenting ändrades.</translation>
        </message>
        <message>
            <source>{role} is not a member of any unit; nothing was changed.</source>
            <translation>{role} är inte medlem i någon enhet; ingenting ändrades.</translation>
        </message>
    </context>
    <context>
        <name>ServerLogin</name>
        <message>
            <source>Connecting to the database server…</source>
            <translation>Ansluter till databasservern…</translation>
        </message>
    </context>
    <context>
        <name>ServerPasswordDialog</name>
        <message>
            <source>Password for the database server</source>
            <translation>Lösenord till databasservern</translation>
        </message>
        <message>
            <source>The database server on {server} asks for the password of “{user}” to open the database “{database}”.</source>
            <translation>Databasservern på {server} frågar efter lösenordet för ”{user}” för att öppna databasen ”{database}”.</translation>
        </message>
        <message>
            <source>Password of {user} on {server}</source>
            <translation>Lösenord för {user} på {server}</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Lösenord:</translation>
        </message>
        <message>
            <source>The password of your user on the database server.</source>
            <translation>Lösenordet för din användare på databasservern.</translation>
        </message>
        <message>
            <source>Wrong password: the server did not accept it for “{user}”. Check it (capital letters count) and type it again.</source>
            <translation>Fel lösenord: servern godtog det inte för ”{user}”. Kontrollera det (stora och små bokstäver spelar roll) och skriv det igen.</translation>
        </message>
        <message>
            <source>The password is kept only while PROMISE tracker is open; it is never saved.</source>
            <translation>Lösenordet finns bara kvar medan PROMISE tracker är öppet; det sparas aldrig.</translation>
        </message>
        <message>
            <source>Connecting to the database server</source>
            <translation>Ansluter till databasservern</translation>
        </message>
        <message>
            <source>&amp;Connect</source>
            <translation>&amp;Anslut</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Avbryt</translation>
        </message>
        <message>
            <source>Close PROMISE tracker without opening the data.</source>
            <translation>Stäng PROMISE tracker utan att öppna data.</translation>
        </message>
    </context>
    <context>
        <name>SpreadBar</name>
        <message>
            <source>{option} {count}</source>
            <translation>{option} {count}</translation>
        </message>
        <message>
            <source>no answer {count}</source>
            <translation>inget svar {count}</translation>
        </message>
        <message>
            <source>nobody answered</source>
            <translation>ingen svarade</translation>
        </message>
    </context>
    <context>
        <name>StandardsBrowser</name>
        <message>
            <source>Web address: {url}</source>
            <translation>Webbadress: {url}</translation>
        </message>
        <message>
            <source>ISBN: {isbn}</source>
            <translation>ISBN: {isbn}</translation>
        </message>
        <message>
            <source>Standards pack</source>
            <translation>Standardpaket</translation>
        </message>
        <message>
            <source>&amp;Pack:</source>
            <translation>&amp;Paket:</translation>
        </message>
        <message>
            <source>Language of the standards</source>
            <translation>Språk för standarderna</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Språk:</translation>
        </message>
        <message>
            <source>P&amp;resent…</source>
            <translation>P&amp;resentera…</translation>
        </message>
        <message>
            <source>Show the standards full screen, from the selected one (F5)</source>
            <translation>Visa standarderna i helskärm, från den valda (F5)</translation>
        </message>
        <message>
            <source>Views of the standards</source>
            <translation>Vyer av standarderna</translation>
        </message>
        <message>
            <source>&amp;Browse</source>
            <translation>&amp;Bläddra</translation>
        </message>
        <message>
            <source>Two lan&amp;guages</source>
            <translation>Två s&amp;pråk</translation>
        </message>
        <message>
            <source>Export &amp;handout (PDF)…</source>
            <translation>Exportera &amp;åhörarmaterial (PDF)…</translation>
        </message>
        <message>
            <source>Write the pack or the selected standard to a PDF for the audience</source>
            <translation>Skriv paketet eller den valda standarden till en PDF för åhörarna</translation>
        </message>
        <message>
            <source>&amp;Find</source>
            <translation>Sö&amp;k</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>S&amp;täng</translation>
        </message>
        <message>
            <source>Search statements, evidence and numbers</source>
            <translation>Sök i påståenden, underlag och nummer</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Sök</translation>
        </message>
        <message>
            <source>Search ({shortcut})</source>
            <translation>Sök ({shortcut})</translation>
        </message>
        <message>
            <source>&amp;Search:</source>
            <translation>&amp;Sök:</translation>
        </message>
        <message>
            <source>Room or agency</source>
            <translation>Rum eller myndighet</translation>
        </message>
        <message>
            <source>&amp;Concerns:</source>
            <translation>B&amp;erör:</translation>
        </message>
        <message>
            <source>Standards and criteria</source>
            <translation>Standarder och kriterier</translation>
        </message>
        <message>
            <source>Details of the selected standard or criterion</source>
            <translation>Detaljer om den valda standarden eller det valda kriteriet</translation>
        </message>
        <message>
            <source>Left language</source>
            <translation>Vänster språk</translation>
        </message>
        <message>
            <source>Right language</source>
            <translation>Höger språk</translation>
        </message>
        <message>
            <source>L&amp;eft:</source>
            <translation>&amp;Vänster:</translation>
        </message>
        <message>
            <source>R&amp;ight:</source>
            <translation>&amp;Höger:</translation>
        </message>
        <message>
            <source>Include e&amp;vidence hints</source>
            <translation>Ta med tips om &amp;underlag</translation>
        </message>
        <message>
            <source>Texts in two languages, side by side</source>
            <translation>Texter på två språk, sida vid sida</translation>
        </message>
        <message>
            <source>Standards – {title} {version}</source>
            <translation>Standarder – {title} {version}</translation>
        </message>
        <message>
            <source>Any room or agency</source>
            <translation>Alla rum och myndigheter</translation>
        </message>
        <message>
            <source>Rooms</source>
            <translation>Rum</translation>
        </message>
        <message>
            <source>Agencies</source>
            <translation>Myndigheter</translation>
        </message>
        <message>
            <source>{count} of {total} criteria match</source>
            <translation>{count} av {total} kriterier matchar</translation>
        </message>
        <message>
            <source>{criteria}; {count} standard title(s) match</source>
            <translation>{criteria}; {count} standardtitlar matchar</translation>
        </message>
        <message>
            <source>{total} criteria</source>
            <translation>{total} kriterier</translation>
        </message>
        <message>
            <source>Choose a standard or criterion.</source>
            <translation>Välj en standard eller ett kriterium.</translation>
        </message>
        <message>
            <source>Standard {number}: {title}</source>
            <translation>Standard {number}: {title}</translation>
        </message>
        <message>
            <source>Statement</source>
            <translation>Påstående</translation>
        </message>
        <message>
            <source>Evidence to look for</source>
            <translation>Underlag att leta efter</translation>
        </message>
        <message>
            <source>About the standard</source>
            <translation>Om standarden</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Sammanfattning</translation>
        </message>
        <message>
            <source>Sub-standards</source>
            <translation>Delstandarder</translation>
        </message>
        <message numerus="yes">
            <source>%n criterion(s) in this standard.</source>
            <translation>
                <numerusform>%n kriterium i den här standarden.</numerusform>
                <numerusform>%n kriterier i den här standarden.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n text(s) missing a translation</source>
            <translation>
                <numerusform>%n text saknar översättning</numerusform>
                <numerusform>%n texter saknar översättning</numerusform>
            </translation>
        </message>
        <message>
            <source>Every text is in both languages</source>
            <translation>Alla texter finns på båda språken</translation>
        </message>
        <message>
            <source>Export handout (PDF)</source>
            <translation>Exportera åhörarmaterial (PDF)</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>PDF-dokument (*.pdf)</translation>
        </message>
        <message>
            <source>The handout could not be written: {reason}</source>
            <translation>Åhörarmaterialet kunde inte skrivas: {reason}</translation>
        </message>
        <message>
            <source>The handout could not be saved as {path}. Check that the folder exists, that you may save files there and that the file is not open in another program, then try again.</source>
            <translation>Åhörarmaterialet kunde inte sparas som {path}. Kontrollera att mappen finns, att du får spara filer där och att filen inte är öppen i ett annat program, och försök igen.</translation>
        </message>
        <message>
            <source>The handout was saved as “{name}” in {folder}.</source>
            <translation>Åhörarmaterialet sparades som ”{name}” i {folder}.</translation>
        </message>
        <message>
            <source>Handout saved</source>
            <translation>Åhörarmaterialet är sparat</translation>
        </message>
        <message>
            <source>&amp;Open folder</source>
            <translation>&amp;Öppna mappen</translation>
        </message>
        <message>
            <source>Open the folder the handout was saved in</source>
            <translation>Öppna mappen där åhörarmaterialet sparades</translation>
        </message>
    </context>
    <context>
        <name>StandardsLanguage</name>
        <message>
            <source>&amp;Language of the standards</source>
            <translation>S&amp;pråk för standarderna</translation>
        </message>
        <message>
            <source>Standards pack of this round</source>
            <translation>Standardpaket för den här omgången</translation>
        </message>
        <message>
            <source>{pack} (local variant: {file})</source>
            <translation>{pack} (lokal variant: {file})</translation>
        </message>
        <message>
            <source>{provenance}

Source: {citation}
Content: {hash}</source>
            <translation>{provenance}

Källa: {citation}
Innehåll: {hash}</translation>
        </message>
    </context>
    <context>
        <name>StandardsModels</name>
        <message>
            <source>Number</source>
            <translation>Nummer</translation>
        </message>
        <message>
            <source>Standard or criterion</source>
            <translation>Standard eller kriterium</translation>
        </message>
        <message>
            <source>⚠ Missing translation ({language})</source>
            <translation>⚠ Översättning saknas ({language})</translation>
        </message>
        <message>
            <source>Evidence: {text}</source>
            <translation>Underlag: {text}</translation>
        </message>
        <message>
            <source>Missing translation</source>
            <translation>Översättning saknas</translation>
        </message>
        <message>
            <source>{number} summary</source>
            <translation>Sammanfattning av {number}</translation>
        </message>
        <message>
            <source>{id} evidence</source>
            <translation>Underlag för {id}</translation>
        </message>
    </context>
    <context>
        <name>StartupNotice</name>
        <message>
            <source>{problem}

Your data is shown read-only: you can look at it and export it, but PROMISE tracker refuses every change until it can save in that folder.</source>
            <translation>{problem}

Dina uppgifter visas skrivskyddade: du kan titta på dem och exportera dem, men PROMISE tracker avvisar alla ändringar tills det kan spara i den mappen.</translation>
        </message>
        <message>
            <source>Opened read-only</source>
            <translation>Öppnad skrivskyddad</translation>
        </message>
        <message>
            <source>The drive is nearly full</source>
            <translation>Disken är nästan full</translation>
        </message>
        <message>
            <source>These standards packs in your packs folder were not loaded. Correct each file as described, or remove it from the folder; then restart PROMISE tracker. Your other packs and your data are not affected.

{problems}</source>
            <translation>De här standardpaketen i mappen för paket lästes inte in. Rätta varje fil enligt beskrivningen eller ta bort den ur mappen, och starta sedan om PROMISE tracker. Dina övriga paket och dina uppgifter påverkas inte.

{problems}</translation>
        </message>
        <message>
            <source>Some standards packs were not loaded</source>
            <translation>Några standardpaket lästes inte in</translation>
        </message>
    </context>
    <context>
        <name>Storage</name>
        <message>
            <source>The unit's details were changed elsewhere (in another window or on another computer) since they were opened here. Your change was not saved.</source>
            <translation>Enhetens uppgifter har ändrats någon annanstans (i ett annat fönster eller på en annan dator) sedan de öppnades här. Din ändring sparades inte.</translation>
        </message>
        <message>
            <source>The round was changed elsewhere (in another window or on another computer) since it was opened here. Your change was not saved.</source>
            <translation>Omgången har ändrats någon annanstans (i ett annat fönster eller på en annan dator) sedan den öppnades här. Din ändring sparades inte.</translation>
        </message>
        <message>
            <source>The respondent was changed elsewhere (in another window or on another computer) since they were shown here. Your change was not saved.</source>
            <translation>Respondenten har ändrats någon annanstans (i ett annat fönster eller på en annan dator) sedan den visades här. Din ändring sparades inte.</translation>
        </message>
        <message>
            <source>The event was changed elsewhere (in another window or on another computer) since it was shown here. Your change was not saved.</source>
            <translation>Händelsen har ändrats någon annanstans (i ett annat fönster eller på en annan dator) sedan den visades här. Din ändring sparades inte.</translation>
        </message>
        <message>
            <source>The action was changed elsewhere (in another window or on another computer) since it was shown here. Your change was not saved.</source>
            <translation>Åtgärden har ändrats någon annanstans (i ett annat fönster eller på en annan dator) sedan den visades här. Din ändring sparades inte.</translation>
        </message>
        <message>
            <source>The barrier was changed elsewhere (in another window or on another computer) since it was shown here. Your change was not saved.</source>
            <translation>Hindret har ändrats någon annanstans (i ett annat fönster eller på en annan dator) sedan det visades här. Din ändring sparades inte.</translation>
        </message>
        <message>
            <source>This answer was changed elsewhere (in another window or on another computer) since it was shown here. Your change was not saved.</source>
            <translation>Det här svaret har ändrats någon annanstans (i ett annat fönster eller på en annan dator) sedan det visades här. Din ändring sparades inte.</translation>
        </message>
        <message>
            <source>{database} does not exist, so it cannot be shown.</source>
            <translation>{database} finns inte, så den kan inte visas.</translation>
        </message>
        <message>
            <source>{database} was saved by an older version of PROMISE tracker and needs upgrading, which cannot be done while it cannot be written.</source>
            <translation>{database} sparades av en äldre version av PROMISE tracker och behöver uppgraderas, vilket inte går så länge det inte går att skriva till den.</translation>
        </message>
        <message>
            <source>The database “{database}” on {server}</source>
            <translation>Databasen ”{database}” på {server}</translation>
        </message>
        <message>
            <source>{database} was set up by a newer version of PROMISE tracker (its database format {format} is unknown to this version, {version}). Install the newer version on this computer to use it; the network's administrator knows which one. The database has not been changed.</source>
            <translation>{database} skapades av en nyare version av PROMISE tracker (dess databasformat {format} är okänt för den här versionen, {version}). Installera den nyare versionen på den här datorn för att använda den; nätverkets administratör vet vilken. Databasen har inte ändrats.</translation>
        </message>
        <message>
            <source>{database} is not a PROMISE tracker database: it holds other tables. Check the database's name in the address. The database has not been changed.</source>
            <translation>{database} är inte en PROMISE tracker-databas: den innehåller andra tabeller. Kontrollera databasens namn i adressen. Databasen har inte ändrats.</translation>
        </message>
        <message>
            <source>{database} is in an older database format ({found}) than this version of PROMISE tracker uses ({head}). Only the network's administrator upgrades it: first a backup with pg_dump, then the command “promise-tracker server upgrade --db-url URL” (see the page for IT staff, docs/server.md). The database has not been changed.</source>
            <translation>{database} har ett äldre databasformat ({found}) än det den här versionen av PROMISE tracker använder ({head}). Bara nätverkets administratör uppgraderar den: först en säkerhetskopia med pg_dump, sedan kommandot ”promise-tracker server upgrade --db-url URL” (se sidan för IT-personal, docs/server.md). Databasen har inte ändrats.</translation>
        </message>
        <message>
            <source>PROMISE tracker cannot save files in the folder {folder}: it is read-only, or you do not have permission to change it. Ask whoever looks after this computer to give you permission to save files there.</source>
            <translation>PROMISE tracker kan inte spara filer i mappen {folder}: den är skrivskyddad, eller så har du inte behörighet att ändra i den. Be den som sköter datorn att ge dig behörighet att spara filer där.</translation>
        </message>
        <message>
            <source>The database {database} is damaged: parts of it cannot be read (after a disk or copying problem, for example). PROMISE tracker does not use it, and has not changed it.</source>
            <translation>Databasen {database} är skadad: delar av den kan inte läsas (till exempel efter ett problem med disken eller en kopiering). PROMISE tracker använder den inte och har inte ändrat den.</translation>
        </message>
        <message>
            <source>There is no backup in {folder}. Keep the damaged file as it is and ask whoever looks after this computer whether it can be restored from their backups.</source>
            <translation>Det finns ingen säkerhetskopia i {folder}. Låt den skadade filen vara som den är och fråga den som sköter datorn om den kan återställas från deras säkerhetskopior.</translation>
        </message>
        <message>
            <source>The newest backup is {backup}. To go back to it, close PROMISE tracker and run the command “promise-tracker restore {backup}” (the damaged file is kept aside), or keep a copy of the damaged file somewhere else and copy the backup over {database}.</source>
            <translation>Den senaste säkerhetskopian är {backup}. För att gå tillbaka till den, stäng PROMISE tracker och kör kommandot ”promise-tracker restore {backup}” (den skadade filen läggs undan), eller spara en kopia av den skadade filen någon annanstans och kopiera säkerhetskopian över {database}.</translation>
        </message>
        <message>
            <source>Delete {files} as well: they belong to the damaged file.</source>
            <translation>Ta också bort {files}: de hör till den skadade filen.</translation>
        </message>
        <message>
            <source>this computer</source>
            <translation>den här datorn</translation>
        </message>
        <message>
            <source>the service {service}</source>
            <translation>tjänsten {service}</translation>
        </message>
        <message>
            <source>The database server on {server} did not accept the user name “{user}” with the password given. Check the user name and the password (capitals count) and try again; the network's administrator can set a new password.</source>
            <translation>Databasservern på {server} godtog inte användarnamnet ”{user}” med det angivna lösenordet. Kontrollera användarnamnet och lösenordet (versaler räknas) och försök igen; nätverkets administratör kan ge dig ett nytt lösenord.</translation>
        </message>
        <message>
            <source>The database server on {server} asks for the password of “{user}”, and none was given. Enter it when PROMISE tracker asks for it, or keep it in a PostgreSQL password file (.pgpass) on this computer.</source>
            <translation>Databasservern på {server} frågar efter lösenordet för ”{user}”, men inget angavs. Skriv in det när PROMISE tracker frågar efter det, eller spara det i en lösenordsfil för PostgreSQL (.pgpass) på den här datorn.</translation>
        </message>
        <message>
            <source>There is no database “{database}” on the database server on {server}. Check the database's name in the address, or ask the network's administrator to set it up (promise-tracker server init).</source>
            <translation>Det finns ingen databas ”{database}” på databasservern på {server}. Kontrollera databasens namn i adressen, eller be nätverkets administratör att skapa den (promise-tracker server init).</translation>
        </message>
        <message>
            <source>No database server answers on {server}: it is not running, or it cannot be reached from this computer. Check the network connection and the server's address, or ask the network's administrator whether the server is running.</source>
            <translation>Ingen databasserver svarar på {server}: den är inte igång, eller kan inte nås från den här datorn. Kontrollera nätverksanslutningen och serverns adress, eller fråga nätverkets administratör om servern är igång.</translation>
        </message>
        <message>
            <source>The connection to the database server on {server} was lost (the server was restarted, or the network was interrupted). What was being saved was not saved. Try again; if this keeps happening, ask the network's administrator.</source>
            <translation>Anslutningen till databasservern på {server} bröts (servern startades om, eller nätverket avbröts). Det som höll på att sparas sparades inte. Försök igen; om det fortsätter att hända, kontakta nätverkets administratör.</translation>
        </message>
        <message>
            <source>The database server on {server} has no space left to save this. Nothing was saved; ask the network's administrator to make room on the server.</source>
            <translation>Databasservern på {server} har inget utrymme kvar att spara detta. Ingenting sparades; be nätverkets administratör att frigöra utrymme på servern.</translation>
        </message>
        <message>
            <source>The user “{user}” may not use the database “{database}” on the database server on {server}. The network's administrator gives access to it (promise-tracker server add-member).</source>
            <translation>Användaren ”{user}” får inte använda databasen ”{database}” på databasservern på {server}. Nätverkets administratör ger behörighet till den (promise-tracker server add-member).</translation>
        </message>
        <message>
            <source>The database server did not let the user “{user}” change these {records}: they belong to a unit “{user}” is not a member of, or the user may only read them. Nothing was saved. The network's administrator gives access to a unit's data (promise-tracker server add-member).</source>
            <translation>Databasservern lät inte användaren ”{user}” ändra dessa {records}: de hör till en enhet som ”{user}” inte är medlem i, eller så får användaren bara läsa dem. Ingenting sparades. Nätverkets administratör ger behörighet till en enhets data (promise-tracker server add-member).</translation>
        </message>
        <message>
            <source>The database server did not let the user “{user}” save this change. Nothing was saved. The network's administrator gives access to a unit's data (promise-tracker server add-member).</source>
            <translation>Databasservern lät inte användaren ”{user}” spara den här ändringen. Ingenting sparades. Nätverkets administratör ger behörighet till en enhets data (promise-tracker server add-member).</translation>
        </message>
        <message>
            <source>The database server did not let the user “{user}” read the {records} of the database “{database}”. The network's administrator gives access to it (promise-tracker server add-member).</source>
            <translation>Databasservern lät inte användaren ”{user}” läsa {records} i databasen ”{database}”. Nätverkets administratör ger behörighet till den (promise-tracker server add-member).</translation>
        </message>
        <message>
            <source>units</source>
            <translation>enheter</translation>
        </message>
        <message>
            <source>rounds</source>
            <translation>bedömningsomgångar</translation>
        </message>
        <message>
            <source>respondents</source>
            <translation>respondenter</translation>
        </message>
        <message>
            <source>answers</source>
            <translation>svar</translation>
        </message>
        <message>
            <source>events</source>
            <translation>händelser</translation>
        </message>
        <message>
            <source>actions</source>
            <translation>åtgärder</translation>
        </message>
        <message>
            <source>barriers</source>
            <translation>hinder</translation>
        </message>
        <message>
            <source>change records</source>
            <translation>ändringsposter</translation>
        </message>
        <message>
            <source>data</source>
            <translation>data</translation>
        </message>
        <message>
            <source>This installation of PROMISE tracker cannot reach PostgreSQL servers: the driver it needs (psycopg) is not installed. Install PROMISE tracker as docs/server.md describes, or ask whoever installed it.</source>
            <translation>Den här installationen av PROMISE tracker kan inte ansluta till PostgreSQL-servrar: drivrutinen som behövs (psycopg) är inte installerad. Installera PROMISE tracker enligt docs/server.md, eller fråga den som installerade programmet.</translation>
        </message>
    </context>
    <context>
        <name>SummaryHeader</name>
        <message>
            <source>Unit</source>
            <translation>Enhet</translation>
        </message>
        <message>
            <source>Round</source>
            <translation>Omgång</translation>
        </message>
        <message>
            <source>Whose answers and score are shown</source>
            <translation>Vems svar och resultat som visas</translation>
        </message>
        <message>
            <source>Round status</source>
            <translation>Omgångens status</translation>
        </message>
        <message>
            <source>Overall score</source>
            <translation>Totalresultat</translation>
        </message>
        <message>
            <source>met overall</source>
            <translation>uppfyllt totalt</translation>
        </message>
        <message>
            <source>Criteria answered</source>
            <translation>Besvarade kriterier</translation>
        </message>
        <message>
            <source>What the overall score counts</source>
            <translation>Vad det sammanlagda resultatet räknar</translation>
        </message>
        <message>
            <source>Answered criteria, not applicable ones with their reason included</source>
            <translation>Besvarade kriterier, inklusive ej tillämpliga med motivering</translation>
        </message>
        <message>
            <source>Counts of answers</source>
            <translation>Antal svar</translation>
        </message>
        <message>
            <source>Answers to confirm</source>
            <translation>Svar att bekräfta</translation>
        </message>
        <message>
            <source>Answers carried forward from an earlier round count once your team confirms or changes them. View &gt; Show to confirm only lists them.</source>
            <translation>Svar som överförts från en tidigare omgång räknas när teamet bekräftar eller ändrar dem. Visa &gt; Visa bara att bekräfta listar dem.</translation>
        </message>
        <message>
            <source>Save status</source>
            <translation>Sparstatus</translation>
        </message>
        <message>
            <source>Every change is saved as soon as you make it; there is no Save button.</source>
            <translation>Varje ändring sparas så snart du gör den; det finns ingen Spara-knapp.</translation>
        </message>
        <message>
            <source>{title} · {date}</source>
            <translation>{title} · {date}</translation>
        </message>
        <message>
            <source>Finalised</source>
            <translation>Slutförd</translation>
        </message>
        <message>
            <source>The answers of this round can no longer change</source>
            <translation>Svaren i den här omgången kan inte längre ändras</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Utkast</translation>
        </message>
        <message>
            <source>Answers are still being given</source>
            <translation>Svar lämnas fortfarande</translation>
        </message>
        <message>
            <source>{percent} %</source>
            <translation>{percent} %</translation>
        </message>
        <message>
            <source>{met} of {applicable} respondents' answers met</source>
            <translation>{met} av {applicable} respondentsvar uppfyllda</translation>
        </message>
        <message>
            <source>{met} · {not_applicable} · {unanswered}</source>
            <translation>{met} · {not_applicable} · {unanswered}</translation>
        </message>
        <message>
            <source>Score shown: the team's agreed score</source>
            <translation>Visat resultat: teamets överenskomna resultat</translation>
        </message>
        <message>
            <source>Share of applicable, answered criteria that are met in the answers the team agreed on: the team's agreed score</source>
            <translation>Andel tillämpliga, besvarade kriterier som är uppfyllda i de svar som teamet har kommit överens om: teamets överenskomna resultat</translation>
        </message>
        <message>
            <source>{met} of {applicable} met</source>
            <translation>{met} av {applicable} uppfyllda</translation>
        </message>
        <message>
            <source>{answered} of {total} answered ({percent} %)</source>
            <translation>{answered} av {total} besvarade ({percent} %)</translation>
        </message>
        <message>
            <source>no score yet</source>
            <translation>inget resultat än</translation>
        </message>
        <message numerus="yes">
            <source>met of %n answered so far</source>
            <translation>
                <numerusform>uppfyllt av %n besvarat hittills</numerusform>
                <numerusform>uppfyllt av %n besvarade hittills</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n not applicable</source>
            <translation>
                <numerusform>%n ej tillämpligt</numerusform>
                <numerusform>%n ej tillämpliga</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n unanswered</source>
            <translation>
                <numerusform>%n obesvarat</numerusform>
                <numerusform>%n obesvarade</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>↻ %n answer(s) to confirm</source>
            <translation>
                <numerusform>↻ %n svar att bekräfta</numerusform>
                <numerusform>↻ %n svar att bekräfta</numerusform>
            </translation>
        </message>
        <message>
            <source>Answers shown: team consensus</source>
            <translation>Visade svar: teamets konsensus</translation>
        </message>
        <message>
            <source>Score shown: all respondents pooled (no agreed answers yet)</source>
            <translation>Visat resultat: alla respondenter sammanvägda (inga överenskomna svar än)</translation>
        </message>
        <message>
            <source>Share of applicable, answered criteria that are met, over all respondents' answers: the round's score until the team agrees answers</source>
            <translation>Andel tillämpliga, besvarade kriterier som är uppfyllda, över alla respondenters svar: omgångens resultat tills teamet är överens om svaren</translation>
        </message>
        <message>
            <source>Answers shown: {alias} — {perspective}</source>
            <translation>Visade svar: {alias} — {perspective}</translation>
        </message>
        <message>
            <source>Score shown: this respondent's answers only</source>
            <translation>Visat resultat: bara den här respondentens svar</translation>
        </message>
        <message>
            <source>Share of applicable, answered criteria that are met in the answers of {alias}</source>
            <translation>Andel tillämpliga, besvarade kriterier som är uppfyllda i svaren från {alias}</translation>
        </message>
        <message>
            <source>{answers} · {basis}</source>
            <translation>{answers} · {basis}</translation>
        </message>
        <message>
            <source>Overall score. {explanation}</source>
            <translation>Sammanlagt resultat. {explanation}</translation>
        </message>
        <message>
            <source>✓ Saved {time}</source>
            <translation>✓ Sparat {time}</translation>
        </message>
    </context>
    <context>
        <name>TeamActions</name>
        <message>
            <source>&amp;Respondents…</source>
            <translation>Res&amp;pondenter…</translation>
        </message>
        <message>
            <source>The people answering in this round, by alias</source>
            <translation>De som svarar i den här omgången, med alias</translation>
        </message>
        <message>
            <source>E&amp;xport questionnaires…</source>
            <translation>E&amp;xportera frågeformulär…</translation>
        </message>
        <message>
            <source>Write one Excel questionnaire per respondent of this round, to fill offline</source>
            <translation>Skriv ett frågeformulär i Excel per respondent i omgången, att fylla i utan uppkoppling</translation>
        </message>
        <message>
            <source>I&amp;mport questionnaires…</source>
            <translation>I&amp;mportera frågeformulär…</translation>
        </message>
        <message>
            <source>Read filled questionnaires back into their round</source>
            <translation>Läs in ifyllda frågeformulär i deras omgång</translation>
        </message>
        <message>
            <source>Ans&amp;wering as:</source>
            <translation>Svarar so&amp;m:</translation>
        </message>
        <message>
            <source>Answering as</source>
            <translation>Svarar som</translation>
        </message>
        <message>
            <source>Whose answers you see and change: the team's agreed answers or one respondent's</source>
            <translation>Vems svar du ser och ändrar: teamets överenskomna svar eller en respondents</translation>
        </message>
        <message>
            <source>Team (consensus)</source>
            <translation>Teamet (konsensus)</translation>
        </message>
        <message>
            <source>The answers the team has agreed</source>
            <translation>De svar som teamet har enats om</translation>
        </message>
        <message>
            <source>{alias} — {perspective}</source>
            <translation>{alias} — {perspective}</translation>
        </message>
        <message>
            <source>{entry}
{tip}</source>
            <translation>{entry}
{tip}</translation>
        </message>
        <message>
            <source>Open a round first: questionnaires are per round.</source>
            <translation>Öppna en omgång först: frågeformulär hör till en omgång.</translation>
        </message>
    </context>
    <context>
        <name>TeamViews</name>
        <message>
            <source>&amp;Disagreement…</source>
            <translation>&amp;Oenighet…</translation>
        </message>
        <message>
            <source>Where the respondents' answers differ, and their scores side by side</source>
            <translation>Där respondenternas svar skiljer sig åt, och deras resultat sida vid sida</translation>
        </message>
        <message>
            <source>&amp;Consensus meeting…</source>
            <translation>&amp;Konsensusmöte…</translation>
        </message>
        <message>
            <source>Full screen, one criterion at a time: record the team's agreed answers</source>
            <translation>Helskärm, ett kriterium i taget: för in teamets överenskomna svar</translation>
        </message>
        <message>
            <source>Disagreement</source>
            <translation>Oenighet</translation>
        </message>
    </context>
    <context>
        <name>TrainingActions</name>
        <message>
            <source>Reset demo</source>
            <translation>Återställ demon</translation>
        </message>
        <message>
            <source>&amp;Browse standards…</source>
            <translation>&amp;Bläddra i standarderna…</translation>
        </message>
        <message>
            <source>Read the standards and criteria of the installed packs</source>
            <translation>Läs standarderna och kriterierna i de installerade paketen</translation>
        </message>
        <message>
            <source>B&amp;ilingual view…</source>
            <translation>&amp;Tvåspråkig vy…</translation>
        </message>
        <message>
            <source>Two languages side by side, criterion by criterion</source>
            <translation>Två språk sida vid sida, kriterium för kriterium</translation>
        </message>
        <message>
            <source>&amp;Presenter mode</source>
            <translation>&amp;Presentationsläge</translation>
        </message>
        <message>
            <source>The standards full screen, one per slide, for a room or a projector</source>
            <translation>Standarderna i helskärm, en per bild, för ett rum eller en projektor</translation>
        </message>
        <message>
            <source>Export &amp;handout (PDF)…</source>
            <translation>Exportera &amp;åhörarmaterial (PDF)…</translation>
        </message>
        <message>
            <source>Write the standards to a PDF handout in one or two languages</source>
            <translation>Skriv standarderna till åhörarmaterial i PDF på ett eller två språk</translation>
        </message>
        <message>
            <source>&amp;Reset demo…</source>
            <translation>&amp;Återställ demon…</translation>
        </message>
        <message>
            <source>Put the demo data back as it was; your own data is not touched</source>
            <translation>Återställ demodata som de var; dina egna data påverkas inte</translation>
        </message>
        <message>
            <source>Presenter mode</source>
            <translation>Presentationsläge</translation>
        </message>
        <message>
            <source>Preparing the demo data…</source>
            <translation>Förbereder demodata…</translation>
        </message>
        <message>
            <source>Put the demo data back as it was first built? Every change made in the demo (answers, notes, units, rounds) is lost.

Your own data is not touched.</source>
            <translation>Återställa demodata som de var från början? Alla ändringar som gjorts i demon (svar, anteckningar, enheter, omgångar) går förlorade.

Dina egna data påverkas inte.</translation>
        </message>
        <message>
            <source>Rebuilding the demo data…</source>
            <translation>Bygger upp demodata igen…</translation>
        </message>
        <message>
            <source>The demo data is as it was first built.</source>
            <translation>Demodata är som de var från början.</translation>
        </message>
    </context>
    <context>
        <name>UnitDialog</name>
        <message>
            <source>Edit unit</source>
            <translation>Redigera enhet</translation>
        </message>
        <message>
            <source>New unit</source>
            <translation>Ny enhet</translation>
        </message>
        <message>
            <source>A unit is the Barnahus you assess. Only the name is required; the other details help to tell units apart in reports.</source>
            <translation>En enhet är det Barnahus som ni bedömer. Bara namnet krävs; de andra uppgifterna hjälper till att skilja enheter åt i rapporter.</translation>
        </message>
        <message>
            <source>For example: Barnahus Norrvik</source>
            <translation>Till exempel: Barnahus Norrvik</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Land</translation>
        </message>
        <message>
            <source>Not given</source>
            <translation>Inte angivet</translation>
        </message>
        <message>
            <source>Region, county or city (optional)</source>
            <translation>Region, län eller stad (valfritt)</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Okänt</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Namn:</translation>
        </message>
        <message>
            <source>The name the unit is known by.</source>
            <translation>Det namn som enheten är känd under.</translation>
        </message>
        <message>
            <source>&amp;Country:</source>
            <translation>&amp;Land:</translation>
        </message>
        <message>
            <source>Choose from the list, or type a country's name or its two-letter code.</source>
            <translation>Välj i listan eller skriv landets namn eller dess landskod med två bokstäver.</translation>
        </message>
        <message>
            <source>&amp;Region:</source>
            <translation>&amp;Region:</translation>
        </message>
        <message>
            <source>The region, county or city the unit serves.</source>
            <translation>Den region, det län eller den stad som enheten betjänar.</translation>
        </message>
        <message>
            <source>&amp;Lead agency:</source>
            <translation>&amp;Huvudman:</translation>
        </message>
        <message>
            <source>The agency that runs or hosts the Barnahus.</source>
            <translation>Den myndighet som driver eller är värd för Barnahuset.</translation>
        </message>
        <message>
            <source>&amp;Year opened:</source>
            <translation>&amp;Öppnade år:</translation>
        </message>
        <message>
            <source>The year the unit first received children; leave at “Unknown” if unsure.</source>
            <translation>Det år då enheten först tog emot barn; låt stå ”Okänt” om du är osäker.</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Spara</translation>
        </message>
        <message>
            <source>Create unit</source>
            <translation>Skapa enhet</translation>
        </message>
        <message>
            <source>Enter a name for the unit.</source>
            <translation>Skriv ett namn för enheten.</translation>
        </message>
        <message>
            <source>“{country}” is not a country in the list; choose one or type its two-letter code.</source>
            <translation>”{country}” är inte ett land i listan; välj ett eller skriv dess landskod med två bokstäver.</translation>
        </message>
        <message>
            <source>Police</source>
            <translation>Polis</translation>
        </message>
        <message>
            <source>Prosecution</source>
            <translation>Åklagare</translation>
        </message>
        <message>
            <source>Child protection</source>
            <translation>Socialtjänst</translation>
        </message>
        <message>
            <source>Health care</source>
            <translation>Hälso- och sjukvård</translation>
        </message>
        <message>
            <source>Mental health</source>
            <translation>Psykiatri</translation>
        </message>
        <message>
            <source>Barnahus staff</source>
            <translation>Barnahuspersonal</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Annat</translation>
        </message>
    </context>
    <context>
        <name>UpgradeDialog</name>
        <message>
            <source>Upgrade to a newer standards version</source>
            <translation>Uppgradera till en nyare version av standarderna</translation>
        </message>
        <message>
            <source>&amp;Version:</source>
            <translation>&amp;Version:</translation>
        </message>
        <message>
            <source>The installed version of the standards to move the round to</source>
            <translation>Den installerade version av standarderna som omgången ska flyttas till</translation>
        </message>
        <message>
            <source>Kept</source>
            <translation>Behålls</translation>
        </message>
        <message>
            <source>To answer again</source>
            <translation>Ska besvaras igen</translation>
        </message>
        <message>
            <source>Leaving the round</source>
            <translation>Lämnar omgången</translation>
        </message>
        <message>
            <source>Before the upgrade a backup of all the data is made in {folder}. Restoring it (File &gt; Backups…) undoes the upgrade.</source>
            <translation>Före uppgraderingen görs en säkerhetskopia av alla uppgifter i {folder}. Om du återställer den (Arkiv &gt; Säkerhetskopior…) ångras uppgraderingen.</translation>
        </message>
        <message>
            <source>&amp;Upgrade</source>
            <translation>&amp;Uppgradera</translation>
        </message>
        <message>
            <source>“{title}” moves from version {old} to version {new} of {pack}. Answers, evidence notes and N/A reasons of criteria that kept their meaning stay; the others are shown as unanswered.</source>
            <translation>”{title}” flyttas från version {old} till version {new} av {pack}. Svar, anteckningar om underlag och motiveringar för ej tillämpligt för kriterier som har kvar sin innebörd behålls; de andra visas som obesvarade.</translation>
        </message>
        <message numerus="yes">
            <source>&amp;Kept: %n answer(s)</source>
            <translation>
                <numerusform>&amp;Behålls: %n svar</numerusform>
                <numerusform>&amp;Behålls: %n svar</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>&amp;To answer again: %n criterion(s)</source>
            <translation>
                <numerusform>&amp;Ska besvaras igen: %n kriterium</numerusform>
                <numerusform>&amp;Ska besvaras igen: %n kriterier</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>&amp;Leaving the round: %n retired criterion(s)</source>
            <translation>
                <numerusform>&amp;Lämnar omgången: %n utgånget kriterium</numerusform>
                <numerusform>&amp;Lämnar omgången: %n utgångna kriterier</numerusform>
            </translation>
        </message>
        <message>
            <source>was {id}</source>
            <translation>var {id}</translation>
        </message>
        <message numerus="yes">
            <source>%n answer(s) removed</source>
            <translation>
                <numerusform>%n svar tas bort</numerusform>
                <numerusform>%n svar tas bort</numerusform>
            </translation>
        </message>
        <message>
            <source>new</source>
            <translation>nytt</translation>
        </message>
        <message>
            <source>meaning changed</source>
            <translation>ändrad innebörd</translation>
        </message>
        <message>
            <source>split from {id}</source>
            <translation>delat från {id}</translation>
        </message>
        <message>
            <source>merged from {id}</source>
            <translation>sammanslaget från {id}</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <source>{app} logo</source>
            <translation>Logotyp för {app}</translation>
        </message>
        <message>
            <source>Welcome to {app}</source>
            <translation>Välkommen till {app}</translation>
        </message>
        <message>
            <source>Assess your Barnahus against the Barnahus Quality Standards, one criterion at a time, and follow your progress from one round to the next. Everything you enter stays on this computer.</source>
            <translation>Bedöm ert Barnahus mot kvalitetsstandarderna för Barnahus, ett kriterium i taget, och följ utvecklingen från en omgång till nästa. Allt du skriver in stannar på den här datorn.</translation>
        </message>
        <message>
            <source>&amp;Create your unit</source>
            <translation>&amp;Skapa er enhet</translation>
        </message>
        <message>
            <source>Create your unit</source>
            <translation>Skapa er enhet</translation>
        </message>
        <message>
            <source>Enter your Barnahus's name and start its first self-assessment.</source>
            <translation>Skriv in namnet på ert Barnahus och starta dess första självskattning.</translation>
        </message>
        <message>
            <source>Set up the Barnahus you assess.</source>
            <translation>Lägg upp det Barnahus som ni bedömer.</translation>
        </message>
        <message>
            <source>Open the &amp;demo data</source>
            <translation>Öppna &amp;demodata</translation>
        </message>
        <message>
            <source>Open the demo data</source>
            <translation>Öppna demodata</translation>
        </message>
        <message>
            <source>The demo has its own database: nothing you try there mixes with your real data.</source>
            <translation>Demon har en egen databas: inget du provar där blandas med dina riktiga data.</translation>
        </message>
        <message>
            <source>Look around with made-up units and answers first.</source>
            <translation>Titta runt först med påhittade enheter och svar.</translation>
        </message>
        <message>
            <source>{tip} ({shortcut})</source>
            <translation>{tip} ({shortcut})</translation>
        </message>
    </context>
    <context>
        <name>Workspace</name>
        <message>
            <source>The drive holding {folder} is nearly full: {free} MB free. PROMISE tracker needs at least {needed} MB there to save your work and its backups safely. Make room (delete or move files you no longer need) before you go on.</source>
            <translation>Disken där {folder} finns är nästan full: {free} MB ledigt. PROMISE tracker behöver minst {needed} MB där för att spara ditt arbete och sina säkerhetskopior på ett säkert sätt. Frigör utrymme (ta bort eller flytta filer som du inte längre behöver) innan du fortsätter.</translation>
        </message>
    </context>
</TS>

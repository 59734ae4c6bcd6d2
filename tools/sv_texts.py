# ruff: noqa: E501  (whole sentences, one per line, read better than split strings)
"""Swedish texts for the interface (see tools/translations_sv.py), keyed by the English text.

A plural text (%n) maps to (singular, plural). CONTEXT_TEXTS overrides TEXTS where the same
English text needs another Swedish one in a given context (menus, mnemonics).
"""

from __future__ import annotations

TEXTS: dict[str, str | tuple[str, str]] = {
    # --- shared and about ------------------------------------------------------------------
    "Questionnaire": "Frågeformulär",
    "About {app}": "Om {app}",
    "{app} helps a Barnahus team assess its work against the Barnahus Quality Standards, one criterion at a time, and see how it develops from one round to the next. It works without an internet connection and keeps every answer in a database on this computer; nothing is sent anywhere.": "{app} hjälper ett Barnahusteam att bedöma sitt arbete mot kvalitetsstandarderna för Barnahus, ett kriterium i taget, och att följa utvecklingen från en bedömningsomgång till nästa. Programmet fungerar utan internetanslutning och sparar alla svar i en databas på den här datorn; ingenting skickas någonstans.",
    "Python:": "Python:",
    "Python": "Python",
    "Qt:": "Qt:",
    "Qt": "Qt",
    "PySide6:": "PySide6:",
    "PySide6": "PySide6",
    "Data folder": "Datamapp",
    "Data folder:": "Datamapp:",
    "Log folder": "Loggmapp",
    "Log folder:": "Loggmapp:",
    "Standards packs": "Standardpaket",
    "Installed standards packs": "Installerade standardpaket",
    "Copy status": "Kopieringsstatus",
    "&Copy details": "&Kopiera uppgifter",
    "Copy details": "Kopiera uppgifter",
    "Copy the versions and folders, to paste into a message for support.": "Kopiera versioner och mappar för att klistra in i ett meddelande till supporten.",
    "{tip} ({shortcut})": "{tip} ({shortcut})",
    "{app} logo": "Logotyp för {app}",
    "Version {version}": "Version {version}",
    "Version": "Version",
    "No standards pack is installed.": "Inget standardpaket är installerat.",
    "Packs that could not be loaded:": "Paket som inte kunde läsas in:",
    "Pack problem": "Problem med paket",
    "Pack title": "Paketets titel",
    "Version {version} · identifier {id} · content {hash}": "Version {version} · id {id} · innehåll {hash}",
    "Pack version": "Paketversion",
    "Provenance of the pack": "Paketets ursprung",
    "Source: {citation}": "Källa: {citation}",
    "{citation}\n{url}": "{citation}\n{url}",
    "Source of the pack": "Paketets källa",
    "{app} {version}": "{app} {version}",
    "Python {version}": "Python {version}",
    "Qt {version}": "Qt {version}",
    "PySide6 {version}": "PySide6 {version}",
    "System: {system}": "System: {system}",
    "Data folder: {folder}": "Datamapp: {folder}",
    "Log folder: {folder}": "Loggmapp: {folder}",
    "Settings file: {file}": "Inställningsfil: {file}",
    "Pack: {id} {version} ({hash})": "Paket: {id} {version} ({hash})",
    "Pack problem: {error}": "Problem med paket: {error}",
    "Details copied to the clipboard.": "Uppgifterna har kopierats till urklipp.",
    # --- compare ---------------------------------------------------------------------------
    "Unit": "Enhet",
    "Alias (shown instead)": "Alias (visas i stället)",
    "Double-click or press F2 to type another name for this unit": "Dubbelklicka eller tryck F2 för att skriva ett annat namn för enheten",
    "PNG image (*.png)": "PNG-bild (*.png)",
    "SVG drawing (*.svg)": "SVG-bild (*.svg)",
    "PDF document (*.pdf)": "PDF-dokument (*.pdf)",
    "Save chart as": "Spara diagrammet som",
    "Could not save the chart": "Diagrammet kunde inte sparas",
    "The chart could not be saved to {path}:\n{error}": "Diagrammet kunde inte sparas i {path}:\n{error}",
    "Copied ✓": "Kopierat ✓",
    "Save as…": "Spara som…",
    "Save the chart as a file": "Spara diagrammet som en fil",
    "Save this chart as a PNG image, SVG or PDF file": "Spara diagrammet som PNG-bild, SVG- eller PDF-fil",
    "Copy": "Kopiera",
    "Copy the chart": "Kopiera diagrammet",
    "Copy this chart as an image, to paste into a document or slides": "Kopiera diagrammet som bild för att klistra in i ett dokument eller en presentation",
    # --- charts ----------------------------------------------------------------------------
    "Cannot save a chart as '{suffix}'; use .png, .svg or .pdf.": "Ett diagram kan inte sparas som '{suffix}'; använd .png, .svg eller .pdf.",
    "Score by standard (%)": "Resultat per standard (%)",
    "Score and completeness by standard": "Resultat och andel besvarade per standard",
    "Score": "Resultat",
    "Completeness": "Andel besvarade",
    "no score": "inget resultat",
    "% of applicable criteria met": "% av tillämpliga kriterier uppfyllda",
    "Scores over time": "Resultat över tid",
    "Overall": "Totalt",
    "Round date": "Datum för omgången",
    "Scores by perspective": "Resultat per perspektiv",
    "Consensus": "Konsensus",
    "Standard": "Standard",
    "Criteria by round": "Kriterier per omgång",
    "Unanswered": "Obesvarat",
    "Not applicable": "Ej tillämpligt",
    "Not met": "Ej uppfyllt",
    "Partly met": "Delvis uppfyllt",
    "Met": "Uppfyllt",
    "Jan": "jan",
    "Feb": "feb",
    "Mar": "mar",
    "Apr": "apr",
    "May": "maj",
    "Jun": "jun",
    "Jul": "jul",
    "Aug": "aug",
    "Sep": "sep",
    "Oct": "okt",
    "Nov": "nov",
    "Dec": "dec",
    "Cancelled after {done} of {total} files.": "Avbröts efter {done} av {total} filer.",
    "{file}: no such file": "{file}: filen finns inte",
    "not a readable .xlsx workbook ({error})": "ingen läsbar .xlsx-arbetsbok ({error})",
    "no Metadata sheet: not a PROMISE tracker export": "inget Metadata-blad: ingen export från PROMISE tracker",
    "not a PROMISE tracker export": "ingen export från PROMISE tracker",
    "export format version {version}; this version reads {supported}": "exportformat version {version}; den här versionen läser {supported}",
    "sheets missing: {sheets}": "blad saknas: {sheets}",
    "damaged workbook ({error})": "skadad arbetsbok ({error})",
    "the data checksum does not match: changed after export": "kontrollsumman stämmer inte: ändrad efter exporten",
    "unexpected sheet layout ({error})": "oväntad layout på bladet ({error})",
    "same unit and rounds as {file}": "samma enhet och omgångar som {file}",
    "country {country}": "land {country}",
    "not given": "inte angivet",
    "not in the file": "finns inte i filen",
    "lead agency {agency}": "huvudman {agency}",
    "pack {pack}; most files use {main}": "paket {pack}; de flesta filer använder {main}",
    "an older round of the unit; used for its trend only": "en äldre omgång för enheten; används bara för utvecklingen över tid",
    "Compare units": "Jämför enheter",
    "Add files…": "Lägg till filer…",
    "Add export files to compare": "Lägg till exportfiler att jämföra",
    "Add folder…": "Lägg till mapp…",
    "Add every export file (.xlsx) of a folder": "Lägg till alla exportfiler (.xlsx) i en mapp",
    "Remove": "Ta bort",
    "Remove the selected files from the comparison (Delete)": "Ta bort de markerade filerna från jämförelsen (Delete)",
    "Export comparison…": "Exportera jämförelsen…",
    "Save the comparison as an Excel workbook": "Spara jämförelsen som en Excel-arbetsbok",
    "Cancel": "Avbryt",
    "Stop reading the files": "Sluta läsa filerna",
    "Reading files": "Läser filer",
    "%v of %m files": "%v av %m filer",
    "Status": "Status",
    "Files": "Filer",
    "Aliases": "Alias",
    "Country filter": "Filter för land",
    "Compare only the units of one country": "Jämför bara enheterna i ett land",
    "Lead agency filter": "Filter för huvudman",
    "Compare only the units of one lead agency": "Jämför bara enheterna med en viss huvudman",
    "Filters": "Filter",
    "&Country:": "&Land:",
    "&Lead agency:": "&Huvudman:",
    "Comparison results": "Jämförelsens resultat",
    "Units x standards": "Enheter × standarder",
    "Statistics": "Statistik",
    "Most often unmet": "Oftast ej uppfyllda",
    "Ranking": "Rangordning",
    "Trends": "Utveckling",
    "Cells are shaded from light (low score) to dark (high score); the percentage is always written in the cell.": "Cellerna är skuggade från ljust (lågt resultat) till mörkt (högt resultat); procentsatsen står alltid i cellen.",
    "&Units x standards": "&Enheter × standarder",
    "&Statistics": "&Statistik",
    "&Most often unmet": "&Oftast ej uppfyllda",
    "&Ranking": "&Rangordning",
    "&Trends": "&Utveckling",
    "Notes": "Anteckningar",
    "Add export files": "Lägg till exportfiler",
    "Excel workbooks (*.xlsx);;All files (*)": "Excel-arbetsböcker (*.xlsx);;Alla filer (*)",
    "Add a folder of export files": "Lägg till en mapp med exportfiler",
    "Export comparison": "Exportera jämförelsen",
    "comparison.xlsx": "jämförelse.xlsx",
    "Excel workbooks (*.xlsx)": "Excel-arbetsböcker (*.xlsx)",
    "Reading…": "Läser…",
    "Cancelling…": "Avbryter…",
    "Reading cancelled after {done} of {total} files; no files were added.": "Läsningen avbröts efter {done} av {total} filer; inga filer lades till.",
    "The files could not be read: {error}": "Filerna kunde inte läsas: {error}",
    "All countries": "Alla länder",
    "All lead agencies": "Alla huvudmän",
    "Add the export files of the units to compare.": "Lägg till exportfilerna för de enheter som ska jämföras.",
    "{accepted} accepted, {refused} refused, {excluded} filtered out": "{accepted} godtagna, {refused} avvisade, {excluded} bortfiltrerade",
    "No score": "Inget resultat",
    "{value} %": "{value} %",
    "Wrong format": "Fel format",
    "Changed after export": "Ändrad efter export",
    "File not found": "Filen hittades inte",
    "Duplicate": "Dubblett",
    "Other standards pack": "Annat standardpaket",
    "Filtered out": "Bortfiltrerad",
    "Incomplete round": "Ofullständig omgång",
    "Other pack version": "Annan paketversion",
    "File": "Fil",
    "Reason": "Orsak",
    "Detail": "Detalj",
    "⚠ Accepted with a warning": "⚠ Godtagen med varning",
    "✓ Accepted": "✓ Godtagen",
    "– Filtered out": "– Bortfiltrerad",
    "✗ Refused": "✗ Avvisad",
    "Country": "Land",
    "The unit's own overall score of its latest round": "Enhetens eget totalresultat i dess senaste omgång",
    "Standard {number}: {title}": "Standard {number}: {title}",
    "{round} ({date}); completeness {completeness}": "{round} ({date}); andel besvarade {completeness}",
    "Title": "Titel",
    "Units": "Enheter",
    "Minimum": "Minimum",
    "Median": "Median",
    "Maximum": "Maximum",
    "Criterion": "Kriterium",
    "Units unmet": "Enheter ej uppfyllt",
    "Share": "Andel",
    "Statement": "Påstående",
    "{count} of {units}": "{count} av {units}",
    "Rank": "Placering",
    "Date": "Datum",
    "Round": "Omgång",
    "Compared with standards pack {pack} version {version}.": "Jämfört med standardpaketet {pack} version {version}.",
    "The packs differ, so what not every unit has is left out: standards {standards}; criteria {criteria}.": "Paketen skiljer sig åt, så det som inte alla enheter har utelämnas: standarder {standards}; kriterier {criteria}.",
    "Every unit has the same standards and criteria.": "Alla enheter har samma standarder och kriterier.",
    "The comparison could not be saved: {error}": "Jämförelsen kunde inte sparas: {error}",
    "Saved {name}": "Sparade {name}",
    # --- criteria tree and criterion page ----------------------------------------------------
    "Standard / criterion": "Standard/kriterium",
    "Progress": "Framsteg",
    "{id} {flag}  {statement}": "{id} {flag}  {statement}",
    "{id}  {statement}": "{id}  {statement}",
    "{flag} Flagged for discussion": "{flag} Markerad för diskussion",
    "{id}, flagged for discussion: {statement}": "{id}, markerad för diskussion: {statement}",
    "{id}: {statement}": "{id}: {statement}",
    "Not answered yet": "Inte besvarat än",
    "{answer}: reason needed": "{answer}: motivering krävs",
    "{symbol} {answer}": "{symbol} {answer}",
    "{percent} %": "{percent} %",
    "{symbol} Reason needed": "{symbol} Motivering krävs",
    "{answered} of {total} answered, no score yet": "{answered} av {total} besvarade, inget resultat än",
    "{answered} of {total} answered, score {percent} %": "{answered} av {total} besvarade, resultat {percent} %",
    "No score yet": "Inget resultat än",
    "Score {percent} %": "Resultat {percent} %",
    "{number}  {title}": "{number}  {title}",
    "{answered}/{total}": "{answered}/{total}",
    "Choose a criterion to answer it.": "Välj ett kriterium för att besvara det.",
    "This round is finalised and read-only. Reopen it from the Round menu to change answers.": "Omgången är slutförd och skrivskyddad. Öppna den igen från menyn Omgång för att ändra svar.",
    "Round is read-only": "Omgången är skrivskyddad",
    "Criterion id": "Kriteriets id",
    "Position in the round": "Plats i omgången",
    "Criterion statement": "Kriteriets påstående",
    "What counts as evidence": "Vad som räknas som underlag",
    "Rooms and agencies concerned": "Berörda rum och myndigheter",
    "Your team's answer": "Teamets svar",
    "Clear answer": "Rensa svaret",
    "Remove the answer; the criterion counts as unanswered ({shortcut})": "Ta bort svaret; kriteriet räknas som obesvarat ({shortcut})",
    "Why this criterion does not apply": "Varför kriteriet inte är tillämpligt",
    "Why does this criterion not apply to your Barnahus?": "Varför är kriteriet inte tillämpligt för ert Barnahus?",
    "⚠ Not counted until you write why this does not apply": "⚠ Räknas inte förrän du skriver varför det inte är tillämpligt",
    "Evidence note": "Anteckning om underlag",
    "What shows this? Documents, routines, observations…": "Vad visar detta? Dokument, rutiner, iakttagelser…",
    "Describe how the service works. Never write a child's name, personal number or case details.": "Beskriv hur verksamheten fungerar. Skriv aldrig ett barns namn, personnummer eller uppgifter om ärendet.",
    "⚠ This looks like a personal identity number. Please remove it: notes must never identify a child.": "⚠ Det här ser ut som ett personnummer. Ta bort det: anteckningar får aldrig kunna identifiera ett barn.",
    "Flag for discussion": "Markera för diskussion",
    "Mark this criterion to talk about in the team ({shortcut})": "Markera kriteriet för att diskutera det i teamet ({shortcut})",
    "Previous round": "Föregående omgång",
    "Answer “{answer}” ({shortcut})": "Svara ”{answer}” ({shortcut})",
    "Answer “{answer}”": "Svara ”{answer}”",
    "Answer of {alias}": "Svar från {alias}",
    "Criterion {position} of {count}": "Kriterium {position} av {count}",
    "What counts as evidence: {evidence}": "Vad som räknas som underlag: {evidence}",
    "Concerns: {concerns}": "Berör: {concerns}",
    "Standard {number} · {title}": "Standard {number} · {title}",
    "Standard {number} · {title} › {sub_number} {sub_title}": "Standard {number} · {title} › {sub_number} {sub_title}",
    "This round is not compared with an earlier one.": "Omgången jämförs inte med en tidigare omgång.",
    "{title} ({date})": "{title} ({date})",
    "No earlier answer": "Inget tidigare svar",
    "Answer: {answer}": "Svar: {answer}",
    "Why not applicable: {reason}": "Varför ej tillämpligt: {reason}",
    "Note: {note}": "Anteckning: {note}",
    "Your change could not be saved.\n\n{reason}": "Din ändring kunde inte sparas.\n\n{reason}",
    "Not saved": "Inte sparat",
    "{folder} is not a demo data folder; only the demo can be reset.": "{folder} är ingen mapp med demodata; bara demon kan återställas.",
    # --- disagreement ----------------------------------------------------------------------
    "{value}%": "{value} %",
    "Respondent {number}": "Respondent {number}",
    "no answer": "inget svar",
    "Colours: {labels}": "Färger: {labels}",
    "&Hide names": "&Dölj namn",
    "Hide respondents' names": "Dölj respondenternas namn",
    "Show “Respondent 1”, “Respondent 2”… instead of aliases (Alt+H)": "Visa ”Respondent 1”, ”Respondent 2”… i stället för alias (Alt+D)",
    "&Refresh": "&Uppdatera",
    "Read the round's answers again ({shortcut})": "Läs in omgångens svar igen ({shortcut})",
    "Refresh": "Uppdatera",
    "Scores by standard": "Resultat per standard",
    "Respondents' mean: the mean of each respondent's own score. Disagreement: 0 when everyone who answered agrees, 1 when answers split evenly over every option (mean over the standard's criteria).": "Respondenternas medelvärde: medelvärdet av varje respondents eget resultat. Oenighet: 0 när alla som svarat är eniga, 1 när svaren fördelar sig jämnt över alla alternativ (medelvärde över standardens kriterier).",
    "Needs discussion": "Behöver diskuteras",
    "Criteria that need discussion": "Kriterier som behöver diskuteras",
    "Selected criterion": "Valt kriterium",
    "Answers by perspective": "Svar per perspektiv",
    "What respondents &wrote": "Vad respondenterna &skrev",
    "Respondents' notes": "Respondenternas anteckningar",
    "Disagreement in “{title}” ({date}) · {count} respondents": "Oenighet i ”{title}” ({date}) · {count} respondenter",
    "The round's score is the team's agreed score: the answers the team agreed on.": "Omgångens resultat är teamets överenskomna resultat: de svar som teamet har kommit överens om.",
    "No answer is agreed yet: the round's score pools all respondents until the team agrees answers.": "Inget svar är överenskommet än: omgångens resultat väger samman alla respondenter tills teamet är överens om svaren.",
    "Respondents' mean": "Respondenternas medelvärde",
    "Disagreement": "Oenighet",
    "All standards": "Alla standarder",
    "Answers": "Svar",
    "Perspectives": "Perspektiv",
    "disagree": "oeniga",
    "The perspectives' most common answers differ": "Perspektivens vanligaste svar skiljer sig åt",
    "The perspectives' most common answers overlap": "Perspektivens vanligaste svar överlappar",
    "Needs discussion (%n criteria)": (
        "Behöver diskuteras (%n kriterium)",
        "Behöver diskuteras (%n kriterier)",
    ),
    "No criterion needs discussion.": "Inget kriterium behöver diskuteras.",
    "All respondents": "Alla respondenter",
    "Perspective": "Perspektiv",
    "Answered": "Besvarade",
    "Respondent": "Respondent",
    "Answer": "Svar",
    "Note": "Anteckning",
    # --- events ----------------------------------------------------------------------------
    "Edit event": "Redigera händelse",
    "New event": "Ny händelse",
    "Events are things that happened to your unit, such as a move, new staff or a new routine. They are drawn on the chart of scores over time.": "Händelser är sådant som har hänt enheten, till exempel en flytt, ny personal eller en ny rutin. De ritas in i diagrammet över resultat över tid.",
    "Date of the event": "Händelsens datum",
    "Title of the event": "Händelsens titel",
    "For example: Moved to new premises": "Till exempel: Flyttade till nya lokaler",
    "Description of the event": "Beskrivning av händelsen",
    "&Date:": "&Datum:",
    "When it happened; the arrow opens a calendar.": "När det hände; pilen öppnar en kalender.",
    "&Title:": "&Titel:",
    "A short name, shown on the chart.": "Ett kort namn som visas i diagrammet.",
    "D&escription:": "&Beskrivning:",
    "Optional: what happened and why it may matter.": "Valfritt: vad som hände och varför det kan spela roll.",
    "Save the event": "Spara händelsen",
    "Enter a title for the event.": "Skriv en titel för händelsen.",
    "Cannot write to {folder}: {error}": "Kan inte skriva till {folder}: {error}",
    "Cannot write {path}: {error}": "Kan inte skriva {path}: {error}",
    # --- export dialog ---------------------------------------------------------------------
    "Export to Excel": "Exportera till Excel",
    "Write the results of {unit} to an Excel workbook: scores per standard, every criterion's answer and charts. The file can be opened in any spreadsheet program and imported into PROMISE tracker elsewhere.": "Skriv resultaten för {unit} till en Excel-arbetsbok: resultat per standard, svaret på varje kriterium och diagram. Filen kan öppnas i alla kalkylprogram och importeras i PROMISE tracker på en annan dator.",
    "What to export": "Vad som ska exporteras",
    "&This round: {title}": "&Den här omgången: {title}",
    "&This round (no round is open)": "&Den här omgången (ingen omgång är öppen)",
    "Export this round": "Exportera den här omgången",
    "The open round's answers, with the unit's earlier scores for context.": "Den öppna omgångens svar, med enhetens tidigare resultat som bakgrund.",
    "The unit's whole &history (every round)": "Enhetens hela &historik (alla omgångar)",
    "Export the unit's whole history": "Exportera enhetens hela historik",
    "Every round of the unit, oldest first.": "Alla enhetens omgångar, den äldsta först.",
    "Language of the standards in the file": "Språk för standarderna i filen",
    "&Language:": "&Språk:",
    "The language the standards and criteria are written in, in the file.": "Det språk som standarderna och kriterierna skrivs på i filen.",
    "Leave out notes and &justifications (to share)": "Utelämna anteckningar och &motiveringar (för att dela)",
    "Leave out notes and justifications": "Utelämna anteckningar och motiveringar",
    "Make a file that is safe to share outside the team.": "Skapa en fil som är säker att dela utanför teamet.",
    "Scores and answers stay; evidence notes and N/A justifications are left out and respondents are shown as Respondent 1, 2, …": "Resultat och svar finns kvar; anteckningar om underlag och motiveringar för ej tillämpligt utelämnas och respondenterna visas som Respondent 1, 2, …",
    "&Export…": "&Exportera…",
    "Choose where to save, then export": "Välj var filen ska sparas och exportera sedan",
    "Choose a file name and write the workbook.": "Välj ett filnamn och skriv arbetsboken.",
    "Where the file was saved": "Var filen sparades",
    "&Open folder": "&Öppna mappen",
    "Open the folder of the exported file": "Öppna mappen med den exporterade filen",
    "Show the folder in the file manager.": "Visa mappen i filhanteraren.",
    "Close": "Stäng",
    "{unit} - {round}": "{unit} - {round}",
    "{unit} - all rounds": "{unit} - alla omgångar",
    "{name} (to share)": "{name} (för delning)",
    "Saved to {path}": "Sparad i {path}",
    "Could not export": "Exporten misslyckades",
    "The file was not written.\n\n{reason}": "Filen skrevs inte.\n\n{reason}",
    "Excel workbook (*.xlsx)": "Excel-arbetsbok (*.xlsx)",
    "What is missing": "Vad som saknas",
}


CONTEXT_TEXTS: dict[tuple[str, str], str | tuple[str, str]] = {
    # Alt+O, Alt+S and Alt+V open the menus Omgång, Standarder and Visa.
    ("MainWindow", "R&ound:"): "Omgån&g:",
    ("TeamActions", "Ans&wering as:"): "Svarar so&m:",
    # The standards browser has &Bläddra and &Sök: already.
    ("StandardsBrowser", "&Find"): "Sö&k",
    ("StandardsBrowser", "&Concerns:"): "B&erör:",
    # The presenter setup has Alla &kriterier.
    ("PresenterSetupDialog", "Scr&een:"): "Sk&ärm:",
}

TEXTS.update(
    {
        # --- handouts ------------------------------------------------------------------------
        "Handout: {title}": "Åhörarmaterial: {title}",
        "Handout: {title}, standard {number}": "Åhörarmaterial: {title}, standard {number}",
        "A handout is made in one language or in two side by side.": "Åhörarmaterial görs på ett språk eller på två språk sida vid sida.",
        "The pack {pack} has no texts in {missing}; it has {available}.": "Paketet {pack} har inga texter på {missing}; det har {available}.",
        "The pack {pack} has no standard {number}; its standards are {available}.": "Paketet {pack} har ingen standard {number}; dess standarder är {available}.",
        "Publisher": "Utgivare",
        "Source": "Källa",
        "Web address": "Webbadress",
        "ISBN": "ISBN",
        "Published": "Utgiven",
        "This handout covers standard {number} only.": "Det här åhörarmaterialet gäller bara standard {number}.",
        "{number} {title}": "{number} {title}",
        "Export handout (PDF)": "Exportera åhörarmaterial (PDF)",
        "The &whole pack": "&Hela paketet",
        "&Only standard {number}: {title}": "&Bara standard {number}: {title}",
        "&Only the selected standard (none selected)": "&Bara den valda standarden (ingen vald)",
        "Contents:": "Innehåll:",
        "Language": "Språk",
        "Second language": "Andra språk",
        "None (one language)": "Inget (ett språk)",
        "&Second language:": "&Andra språk:",
        # --- import ----------------------------------------------------------------------------
        "{file}: refused": "{file}: avvisad",
        "{file}: accepted: already imported, no changes": "{file}: godtagen: redan importerad, inga ändringar",
        "{file}: accepted": "{file}: godtagen",
        "new unit: {name}": "ny enhet: {name}",
        "new round: {title}": "ny omgång: {title}",
        "unchanged: {title}": "oförändrad: {title}",
        "conflict: {title} (exists with other content)": "konflikt: {title} (finns med annat innehåll)",
        "new events: {count}": "nya händelser: {count}",
        "note: a redacted export (no notes, justifications or real aliases); those stored here are kept": "obs: en avidentifierad export (inga anteckningar, motiveringar eller riktiga alias); de som finns sparade här behålls",
        "Nothing was imported: refused {files}.": "Ingenting importerades: avvisade {files}.",
        "Nothing was imported: the files clash with data already stored ({error}).": "Ingenting importerades: filerna krockar med data som redan finns sparade ({error}).",
        "Nothing changed: everything was already imported.": "Ingenting ändrades: allt var redan importerat.",
        "Imported: {changes}.": "Importerat: {changes}.",
        "Nothing changed: {changes}.": "Ingenting ändrades: {changes}.",
        "%n new units": ("%n ny enhet", "%n nya enheter"),
        "%n new rounds": ("%n ny omgång", "%n nya omgångar"),
        "%n rounds replaced": ("%n omgång ersatt", "%n omgångar ersatta"),
        "%n rounds kept as imported copies": (
            "%n omgång behållen som importerad kopia",
            "%n omgångar behållna som importerade kopior",
        ),
        "%n conflicting rounds skipped": (
            "%n omgång i konflikt hoppades över",
            "%n omgångar i konflikt hoppades över",
        ),
        "%n rounds unchanged": ("%n omgång oförändrad", "%n omgångar oförändrade"),
        "%n new events": ("%n ny händelse", "%n nya händelser"),
        "Import from Excel": "Importera från Excel",
        "Add Excel files exported by PROMISE tracker, on this or another computer. Each file is checked first and the list shows what it would add or change. Nothing is stored until you press Import, and then all files or none.": "Lägg till Excel-filer som exporterats från PROMISE tracker, på den här eller en annan dator. Varje fil kontrolleras först och listan visar vad den skulle lägga till eller ändra. Ingenting sparas förrän du trycker på Importera, och då sparas alla filer eller ingen.",
        "&Add files…": "&Lägg till filer…",
        "Add files to import": "Lägg till filer att importera",
        "Choose export files (.xlsx).": "Välj exportfiler (.xlsx).",
        "&Remove": "&Ta bort",
        "Remove the selected file from the list": "Ta bort den markerade filen från listan",
        "Take the selected file off the list (Delete).": "Ta bort den markerade filen från listan (Delete).",
        "Files to import and what each would do": "Filer att importera och vad var och en skulle göra",
        "When a round is already stored here with other content": "När en omgång redan finns sparad här med annat innehåll",
        "&Keep both: store the imported copy with “(imported)” after its title": "&Behåll båda: spara den importerade kopian med ”(importerad)” efter titeln",
        "Keep both rounds": "Behåll båda omgångarna",
        "Nothing stored is lost; you can delete a copy later.": "Ingenting som är sparat går förlorat; du kan ta bort en kopia senare.",
        "Re&place the stored round with the imported one": "&Ersätt den sparade omgången med den importerade",
        "Replace the stored round": "Ersätt den sparade omgången",
        "The stored answers of that round are overwritten.": "Omgångens sparade svar skrivs över.",
        "&Skip: leave the stored round as it is": "&Hoppa över: låt den sparade omgången vara som den är",
        "Skip conflicting rounds": "Hoppa över omgångar i konflikt",
        "Conflicting rounds in the files are not imported.": "Omgångar i konflikt i filerna importeras inte.",
        "Why Import is not available": "Varför det inte går att importera",
        "Result of the import": "Resultat av importen",
        "&Import": "&Importera",
        "Import the files": "Importera filerna",
        "Store every file in the list, all or nothing.": "Spara alla filer i listan, alla eller ingen.",
        "{file}: already imported, nothing would change": "{file}: redan importerad, ingenting skulle ändras",
        "New unit: {name}": "Ny enhet: {name}",
        "Unit: {name} (already here)": "Enhet: {name} (finns redan)",
        "New round: {title}": "Ny omgång: {title}",
        "Unchanged round: {title}": "Oförändrad omgång: {title}",
        "Conflict: {title} is stored here with other content": "Konflikt: {title} finns sparad här med annat innehåll",
        "New events: {count}": "Nya händelser: {count}",
        "A file made to share: it has no notes, justifications or real aliases (those stored here are kept)": "En fil gjord för att delas: den har inga anteckningar, motiveringar eller riktiga alias (de som finns sparade här behålls)",
        "Add one or more export files to import.": "Lägg till en eller flera exportfiler att importera.",
        "{file} is refused (see the reason in the list). Remove it to import the other files.": "{file} avvisas (se orsaken i listan). Ta bort den för att importera de andra filerna.",
        "{count} files are refused (see the reasons in the list). Remove them to import the other files.": "{count} filer avvisas (se orsakerna i listan). Ta bort dem för att importera de andra filerna.",
        "Nothing to import: everything in these files is already here.": "Inget att importera: allt i filerna finns redan här.",
        "Nothing was imported. {reason}": "Ingenting importerades. {reason}",
        "Import finished.": "Importen är klar.",
        "Nothing changed: the conflicting rounds were skipped.": "Ingenting ändrades: omgångarna i konflikt hoppades över.",
        "New units: {count}": "Nya enheter: {count}",
        "New rounds: {count}": "Nya omgångar: {count}",
        "Rounds replaced: {count}": "Ersatta omgångar: {count}",
        "Rounds kept as imported copies: {count}": "Omgångar behållna som importerade kopior: {count}",
        "Conflicting rounds skipped: {count}": "Överhoppade omgångar i konflikt: {count}",
        "Rounds already here, unchanged: {count}": "Omgångar som redan fanns, oförändrade: {count}",
        "was made by an older version of PROMISE tracker and lacks the data an import needs; export it again with this version": "gjordes med en äldre version av PROMISE tracker och saknar de data som en import behöver; exportera den igen med den här versionen",
        "has no Metadata sheet; it is not an export made by PROMISE tracker": "har inget Metadata-blad; det är ingen export från PROMISE tracker",
        "is not an export made by PROMISE tracker (its Metadata names no known format)": "är ingen export från PROMISE tracker (dess Metadata anger inget känt format)",
        "has an unknown export format version ({version})": "har en okänd version av exportformatet ({version})",
        "was made by a newer version of PROMISE tracker (export format {version:g}; this version reads format {supported}); update PROMISE tracker to import it": "gjordes med en nyare version av PROMISE tracker (exportformat {version:g}; den här versionen läser format {supported}); uppdatera PROMISE tracker för att importera den",
        "has a formula in sheet {sheet}, cell {cell}; exports never hold formulas, so the file was edited; refused": "har en formel på bladet {sheet}, cell {cell}; exporter innehåller aldrig formler, så filen har redigerats; avvisad",
        "the file was changed after export (its data checksum does not match); import the file as it was exported": "filen ändrades efter exporten (kontrollsumman stämmer inte); importera filen så som den exporterades",
        "has a damaged Data sheet (no header row)": "har ett skadat Data-blad (ingen rubrikrad)",
        "has a damaged record in the Data sheet, row {row} ({error})": "har en skadad post på Data-bladet, rad {row} ({error})",
        "has a damaged record in the Data sheet, row {row}": "har en skadad post på Data-bladet, rad {row}",
        "unit": "enhet",
        "round": "omgång",
        "respondent": "respondent",
        "answer": "svar",
        "event": "händelse",
        "has a damaged {kind} record in the Data sheet, row {row} (wrong fields)": "har en skadad post ({kind}) på Data-bladet, rad {row} (fel fält)",
        "has a damaged {kind} record in the Data sheet, row {row}: {field}: {error}": "har en skadad post ({kind}) på Data-bladet, rad {row}: {field}: {error}",
        "holds {count} units in its Data sheet; expected 1": "innehåller {count} enheter på Data-bladet; 1 förväntades",
        "holds no rounds": "innehåller inga omgångar",
        "has a Data sheet that does not match its Metadata": "har ett Data-blad som inte stämmer med dess Metadata",
        "has records in its Data sheet that do not belong together": "har poster på Data-bladet som inte hör ihop",
        "holds the {kind} {key} twice": "innehåller posten ({kind}) {key} två gånger",
        "needs the standards pack {pack} {version} (content {hash}) for the round '{round}', which is not installed here; add that pack file to the packs folder and import again": "behöver standardpaketet {pack} {version} (innehåll {hash}) för omgången '{round}', som inte är installerat här; lägg paketfilen i paketmappen och importera igen",
        "has the respondent perspective {perspective}, which the pack {pack} {version} does not have": "har respondentperspektivet {perspective}, som paketet {pack} {version} inte har",
        "answers the criterion {criterion}, which the pack {pack} {version} does not have": "besvarar kriteriet {criterion}, som paketet {pack} {version} inte har",
        "has the answer code {code} for {criterion}, which the pack's scale does not allow (allowed: {allowed})": "har svarskoden {code} för {criterion}, som paketets skala inte tillåter (tillåtna: {allowed})",
        "cannot be read: {error}": "kan inte läsas: {error}",
        "is an old Excel .xls workbook or is damaged; save it in Excel as an .xlsx workbook and import that": "är en gammal Excel .xls-arbetsbok eller är skadad; spara den i Excel som en .xlsx-arbetsbok och importera den",
        "is protected with a password; give its password to open it": "är skyddad med lösenord; ange lösenordet för att öppna den",
        "is protected with a password, and the password given does not open it": "är skyddad med lösenord, och det angivna lösenordet öppnar den inte",
        "is protected with a password but is damaged: the password fits, yet its content cannot be decrypted": "är skyddad med lösenord men skadad: lösenordet stämmer, men innehållet kan inte dekrypteras",
        "is protected with a password and too large to be an export ({size} bytes); refused": "är skyddad med lösenord och för stor för att vara en export ({size} byte); avvisad",
        "is not an Excel .xlsx file, or it is damaged or incomplete": "är ingen Excel .xlsx-fil, eller så är den skadad eller ofullständig",
        "is not an Excel .xlsx file, or it is damaged or incomplete ({error})": "är ingen Excel .xlsx-fil, eller så är den skadad eller ofullständig ({error})",
        "holds {count} parts; too large to be an export": "innehåller {count} delar; för stor för att vara en export",
        "is too large when unpacked and looks like a zip bomb ({part} unpacks to {size} bytes); refused": "är för stor när den packas upp och ser ut som en zip-bomb ({part} packas upp till {size} byte); avvisad",
        "is password-protected (encrypted); refused": "är lösenordsskyddad (krypterad); avvisad",
        "is not an Excel .xlsx file (no [Content_Types].xml)": "är ingen Excel .xlsx-fil (ingen [Content_Types].xml)",
        "contains an XML document type declaration in {part}, which spreadsheets never need (it may be an entity attack); refused": "innehåller en XML-dokumenttypdeklaration i {part}, vilket kalkylblad aldrig behöver (det kan vara en entitetsattack); avvisad",
        "is a macro-enabled workbook; PROMISE tracker never writes macros and refuses files that contain them": "är en arbetsbok med makron; PROMISE tracker skriver aldrig makron och avvisar filer som innehåller sådana",
        "cannot be read as an Excel workbook ({error})": "kan inte läsas som en Excel-arbetsbok ({error})",
        "is too large: the sheet {sheet} has {rows} rows and {columns} columns (at most {max_rows} rows and {max_columns} columns are accepted); refused": "är för stor: bladet {sheet} har {rows} rader och {columns} kolumner (högst {max_rows} rader och {max_columns} kolumner godtas); avvisad",
        # --- main window -------------------------------------------------------------------------
        "Standards pack of this round": "Standardpaket för den här omgången",
        "New &unit…": "Ny &enhet…",
        "&Edit unit…": "&Redigera enhet…",
        "&Delete unit…": "&Ta bort enhet…",
        "&Export to Excel…": "E&xportera till Excel…",
        "Write this round or the unit's history to an Excel workbook": "Skriv den här omgången eller enhetens historik till en Excel-arbetsbok",
        "&Import from Excel…": "&Importera från Excel…",
        "Bring in rounds exported by another PROMISE tracker": "Hämta in omgångar som exporterats från ett annat PROMISE tracker",
        "&Compare units…": "&Jämför enheter…",
        "Compare the exports of several units (for coordinators)": "Jämför exporterna från flera enheter (för samordnare)",
        "Open the &demo data": "Öppna &demodata",
        "&Quit": "&Avsluta",
        "&New round…": "Ny &omgång…",
        "&Rename round…": "&Byt namn på omgången…",
        "&Finalise round…": "&Slutför omgången…",
        "Make the round read-only once the team agrees it is complete": "Gör omgången skrivskyddad när teamet är överens om att den är klar",
        "Re&open round…": "Öppna omgången &igen…",
        "&Delete round…": "&Ta bort omgången…",
        "&Undo": "&Ångra",
        "&Redo": "&Gör om",
        "&Find…": "&Sök…",
        "Search criteria and notes": "Sök i kriterier och anteckningar",
        "&Next criterion": "&Nästa kriterium",
        "&Previous criterion": "&Föregående kriterium",
        "Next &unanswered criterion": "Nästa &obesvarade kriterium",
        "&Results": "&Resultat",
        "Charts of the unit's scores and progress (press again to go back)": "Diagram över enhetens resultat och utveckling (tryck igen för att gå tillbaka)",
        "&About {app}": "&Om {app}",
        "Show &all criteria": "Visa &alla kriterier",
        "Show &unanswered only": "Visa bara o&besvarade",
        "Show &not met only": "Visa bara &ej uppfyllda",
        "Show not &applicable only": "Visa bara ej &tillämpliga",
        "Show &flagged only": "Visa bara &markerade",
        "&File": "&Arkiv",
        "&Edit": "&Redigera",
        "&View": "&Visa",
        "&Language of the standards": "S&pråk för standarderna",
        "&Round": "&Omgång",
        "&Team": "&Team",
        "Stan&dards": "&Standarder",
        "&Help": "&Hjälp",
        "Unit and round": "Enhet och omgång",
        "&Unit:": "&Enhet:",
        "R&ound:": "&Omgång:",
        "Start the first round…": "Starta den första omgången…",
        "Start the first round": "Starta den första omgången",
        "Opening your data…": "Öppnar dina data…",
        "finalised": "slutförd",
        "draft": "utkast",
        "{date}  {title} ({status})": "{date}  {title} ({status})",
        "{unit} has no assessment round yet.": "{unit} har ingen bedömningsomgång än.",
        "{provenance}\n\nSource: {citation}\nContent: {hash}": "{provenance}\n\nKälla: {citation}\nInnehåll: {hash}",
        "{title} [Demo]": "{title} [Demo]",
        "Back to &my data": "Tillbaka till &mina data",
        "This is the last criterion.": "Det här är det sista kriteriet.",
        "This is the first criterion.": "Det här är det första kriteriet.",
        "Every criterion is answered.": "Alla kriterier är besvarade.",
        "Delete {unit} with its %n round(s), their answers, notes and respondents?\n\nThis cannot be undone.": (
            "Ta bort {unit} med dess %n omgång, dess svar, anteckningar och respondenter?\n\nDet går inte att ångra.",
            "Ta bort {unit} med dess %n omgångar, deras svar, anteckningar och respondenter?\n\nDet går inte att ångra.",
        ),
        "Delete unit": "Ta bort enhet",
        "Finalise “{title}”? Its answers become read-only.": "Slutföra ”{title}”? Svaren blir skrivskyddade.",
        "%n criterion(s) are still unanswered.": (
            "%n kriterium är fortfarande obesvarat.",
            "%n kriterier är fortfarande obesvarade.",
        ),
        "Finalise round": "Slutför omgången",
        "Finalise": "Slutför",
        "Reopen “{title}” so that its answers can be changed again?\n\nIts scores may then change from what was reported.": "Öppna ”{title}” igen så att svaren kan ändras?\n\nResultaten kan då komma att avvika från det som har rapporterats.",
        "Reopen round": "Öppna omgången igen",
        "Reopen": "Öppna igen",
        "Delete the round “{title}” with all its answers, notes and respondents?\n\nThis cannot be undone.": "Ta bort omgången ”{title}” med alla dess svar, anteckningar och respondenter?\n\nDet går inte att ångra.",
        "Delete round": "Ta bort omgången",
        # --- navigator ---------------------------------------------------------------------------
        "Shows the criteria whose statement, evidence, note or standard contains every word you type ({shortcut}). Escape clears the search.": "Visar de kriterier vars påstående, underlag, anteckning eller standard innehåller alla ord du skriver ({shortcut}). Esc rensar sökningen.",
        "Show:": "Visa:",
        "Which criteria to show": "Vilka kriterier som ska visas",
        "Show all criteria, or only those still to discuss": "Visa alla kriterier eller bara dem som återstår att diskutera",
        "No criterion matches.": "Inget kriterium matchar.",
        "Show all criteria": "Visa alla kriterier",
        "Clear the search and the filter": "Rensa sökningen och filtret",
        "Standards and criteria": "Standarder och kriterier",
        "All criteria ({count})": "Alla kriterier ({count})",
        "Unanswered ({count})": "Obesvarade ({count})",
        "Not met ({count})": "Ej uppfyllda ({count})",
        "Not applicable ({count})": "Ej tillämpliga ({count})",
        "Flagged for discussion ({count})": "Markerade för diskussion ({count})",
        "{title} (version {version})": "{title} (version {version})",
        "Source: {lines}": "Källa: {lines}",
        "Page %1 of %2": "Sida %1 av %2",
        # --- preferences -------------------------------------------------------------------------
        "Preferences": "Inställningar",
        "Interface language": "Gränssnittets språk",
        "System default ({language})": "Systemets standard ({language})",
        "Language of the standards texts": "Språk för standardernas texter",
        "Same as the interface": "Samma som gränssnittet",
        "&Interface language:": "&Gränssnittets språk:",
        "&Standards texts:": "&Standardernas texter:",
        "Texts of the standards that are not available in the chosen language are shown in English.": "Standardtexter som inte finns på det valda språket visas på engelska.",
        "The new interface language is used after you restart {app}.": "Det nya språket för gränssnittet används när du har startat om {app}.",
        "&Preferences…": "&Inställningar…",
        "Interface language and language of the standards texts ({key})": "Gränssnittets språk och språket för standardernas texter ({key})",
    }
)

TEXTS.update(
    {
        # --- presenter -------------------------------------------------------------------------
        "Presenter mode": "Presentationsläge",
        "Standards pack": "Standardpaket",
        "&Pack:": "&Paket:",
        "&Standards only": "Bara &standarder",
        "Every &criterion": "Alla &kriterier",
        "Slides:": "Bilder:",
        "Show the &results of a demo unit": "Visa &resultaten för en demoenhet",
        "Demo unit": "Demoenhet",
        "Show &notes and respondents' aliases (only for a closed room)": "Visa &anteckningar och respondenternas alias (bara i ett stängt rum)",
        "Keys: Right, Down, Page Down or Space for the next slide; Left, Up, Page Up or Backspace for the previous one; Home and End; B or . blanks the screen; Esc ends.": "Tangenter: Höger, Ned, Page Down eller Blanksteg för nästa bild; Vänster, Upp, Page Up eller Backsteg för föregående; Home och End; B eller . släcker skärmen; Esc avslutar.",
        "&Start": "S&tarta",
        "Presenter – {title}": "Presentation – {title}",
        "Blank screen (press B to return)": "Släckt skärm (tryck B för att återgå)",
        "Standard {number}": "Standard {number}",
        "%n criterion(s)": ("%n kriterium", "%n kriterier"),
        "{number} {title} · {id}": "{number} {title} · {id}",
        "Evidence: {text}": "Underlag: {text}",
        "{title} {version} · criteria worded by PROMISE tracker; the publication is the authoritative text": "{title} {version} · kriterierna är formulerade av PROMISE tracker; publikationen är den gällande texten",
        "{current} / {total}": "{current} / {total}",
        "{unit} · {round} ({date}, {status})": "{unit} · {round} ({date}, {status})",
        "{where}: no answers yet for standard {number}": "{where}: inga svar än för standard {number}",
        "{where}: standard {number} {percent} % met": "{where}: standard {number} {percent} % uppfyllt",
        "not answered yet": "inte besvarat än",
        "{line} · team's answer to this criterion: {answer}": "{line} · teamets svar på kriteriet: {answer}",
        "Team: {note}": "Teamet: {note}",
        "{alias}: {note}": "{alias}: {note}",
        # --- questionnaires ----------------------------------------------------------------------
        "Instructions": "Instruktioner",
        "Criteria": "Kriterier",
        "Criterion ID": "Kriteriets id",
        "Evidence that may support the answer": "Underlag som kan stödja svaret",
        "Notes (what the answer is based on)": "Anteckningar (vad svaret grundar sig på)",
        "Why not applicable": "Varför ej tillämpligt",
        "Not an answer of the list": "Inget svar från listan",
        "Choose one of: {labels}": "Välj ett av: {labels}",
        "Choose from the list: {labels}": "Välj i listan: {labels}",
        "Self-assessment questionnaire": "Frågeformulär för självskattning",
        "Respondent (alias)": "Respondent (alias)",
        "{title}, version {version}": "{title}, version {version}",
        "What to do": "Så här gör du",
        "Go to the sheet “{sheet}”. Each row is one criterion: read the statement and the evidence that may support it.": "Gå till bladet ”{sheet}”. Varje rad är ett kriterium: läs påståendet och det underlag som kan stödja det.",
        "In the column “{answer}”, choose your answer from the list: {labels}. Leave it empty if you cannot answer.": "Välj ditt svar i kolumnen ”{answer}” från listan: {labels}. Lämna den tom om du inte kan svara.",
        "In the column “{notes}”, write what your answer is based on: documents, routines, examples. For a new line inside a cell press Alt+Enter (Excel) or Ctrl+Enter (LibreOffice).": "Skriv i kolumnen ”{notes}” vad ditt svar grundar sig på: dokument, rutiner, exempel. Tryck Alt+Enter (Excel) eller Ctrl+Enter (LibreOffice) för en ny rad i en cell.",
        "If you answer “{answer}”, explain why in the column “{column}”. Without an explanation the answer counts as unanswered.": "Om du svarar ”{answer}”, förklara varför i kolumnen ”{column}”. Utan förklaring räknas svaret som obesvarat.",
        "Only the yellow cells can be changed. Do not unprotect the sheet, edit the other columns, add, remove or sort rows, or rename sheets: the file is checked when it is imported, and a changed file is refused.": "Bara de gula cellerna kan ändras. Ta inte bort bladets skydd, ändra inte de andra kolumnerna, lägg inte till, ta bort eller sortera rader och byt inte namn på blad: filen kontrolleras när den importeras, och en ändrad fil avvisas.",
        "Save the file as an Excel workbook (.xlsx), keep its name, and return it to the person who sent it to you.": "Spara filen som en Excel-arbetsbok (.xlsx), behåll namnet och skicka tillbaka den till den som skickade den till dig.",
        "Your answers are known only by your alias, never by your name.": "Dina svar är bara kända under ditt alias, aldrig under ditt namn.",
        "About the criteria": "Om kriterierna",
        "The pack {pack} has no texts in “{language}”; choose {choices}.": "Paketet {pack} har inga texter på ”{language}”; välj {choices}.",
        "The round “{round}” has no respondent with the id {id}.": "Omgången ”{round}” har ingen respondent med id {id}.",
        "The round “{round}” has no respondents yet; add them before handing out questionnaires.": "Omgången ”{round}” har inga respondenter än; lägg till dem innan du delar ut frågeformulär.",
        "Writing questionnaires as PDF is not available here.": "Det går inte att skriva frågeformulär som PDF här.",
        "answer {before} → {after}": "svar {before} → {after}",
        "notes": "anteckningar",
        "justification": "motivering",
        "{field} “{before}” → “{after}”": "{field} ”{before}” → ”{after}”",
        "{criterion}: {changes}": "{criterion}: {changes}",
        "(no answer)": "(inget svar)",
        "{file}: rejected": "{file}: avvisad",
        "{file} ({respondent}): unchanged, already imported": "{file} ({respondent}): oförändrad, redan importerad",
        "{file} ({respondent}): new, {count} answers": "{file} ({respondent}): ny, {count} svar",
        "{file} ({respondent}): changed, {count} differences from what is stored": "{file} ({respondent}): ändrad, {count} skillnader mot det som är sparat",
        "  warning: {text}": "  varning: {text}",
        "is a second questionnaire of {respondent} in this import (the first is {file}); import one of them at a time": "är ett andra frågeformulär från {respondent} i den här importen (det första är {file}); importera ett i taget",
        "is for a round that is not in this database (round id {id}); it was handed out from other data, or the round was deleted": "gäller en omgång som inte finns i den här databasen (omgångens id {id}); det delades ut från andra data, eller så har omgången tagits bort",
        "is for a respondent who is not in the round “{round}” (respondent id {id}); the respondent may have been removed": "gäller en respondent som inte finns i omgången ”{round}” (respondentens id {id}); respondenten kan ha tagits bort",
        "was made for the standards pack {pack} {version} (content {hash}), but the round “{round}” uses {round_pack} {round_version} (content {round_hash}); hand out a new questionnaire": "gjordes för standardpaketet {pack} {version} (innehåll {hash}), men omgången ”{round}” använder {round_pack} {round_version} (innehåll {round_hash}); dela ut ett nytt frågeformulär",
        "is for the round “{round}”, which is finalised; reopen the round to import answers into it": "gäller omgången ”{round}”, som är slutförd; öppna omgången igen för att importera svar till den",
        "Nothing was imported.": "Ingenting importerades.",
        "Imported {files} questionnaires: {answers} answers saved, {cleared} cleared.": "Importerade {files} frågeformulär: {answers} svar sparade, {cleared} rensade.",
        "unchanged: {count}": "oförändrade: {count}",
        "changed but not accepted: {count}": "ändrade men inte godkända: {count}",
        "rejected: {count}": "avvisade: {count}",
        "Nothing was imported: the database refused it ({error}).": "Ingenting importerades: databasen avvisade det ({error}).",
        "Nothing was imported: the round “{round}” was finalised meanwhile.": "Ingenting importerades: omgången ”{round}” slutfördes under tiden.",
        "Questionnaire: {unit}, {round}, {respondent}": "Frågeformulär: {unit}, {round}, {respondent}",
        "Standards": "Standarder",
        "Answer every criterion from your own perspective: tick exactly one box.": "Besvara varje kriterium utifrån ditt eget perspektiv: kryssa i exakt en ruta.",
        "If you tick “{option}”, write below the criterion why it does not apply.": "Om du kryssar i ”{option}”, skriv under kriteriet varför det inte är tillämpligt.",
        "The evidence hint suggests what could show that a criterion is met.": "Tipset om underlag föreslår vad som kan visa att ett kriterium är uppfyllt.",
        "Use the notes lines for anything the team should know, such as documents to check or a view that differs from others.": "Använd anteckningsraderna för sådant som teamet bör känna till, till exempel dokument att kontrollera eller en uppfattning som skiljer sig från andras.",
        "Hand the completed questionnaire to the person who enters the answers.": "Lämna det ifyllda frågeformuläret till den som för in svaren.",
        "If “{option}”, why:": "Om ”{option}”, varför:",
        # --- results -----------------------------------------------------------------------------
        "Overview": "Översikt",
        "Criteria over time": "Kriterier över tid",
        "Results": "Resultat",
        "Since the last round": "Sedan förra omgången",
        "What changed since the round before this one": "Vad som har ändrats sedan omgången före den här",
        "&Compare with:": "&Jämför med:",
        "Compare with round": "Jämför med omgång",
        "Overlay another round on the radar chart (Alt+C)": "Lägg en annan omgång ovanpå radardiagrammet (Alt+J)",
        "&Standards in the chart:": "&Standarder i diagrammet:",
        "Standards shown over time": "Standarder som visas över tid",
        "Tick standards to add their lines to the chart (Alt+S)": "Kryssa i standarder för att lägga till deras linjer i diagrammet (Alt+S)",
        "E&vents:": "&Händelser:",
        "Events of the unit": "Enhetens händelser",
        "Things that happened to the unit, drawn as dashed lines (Alt+V)": "Sådant som har hänt enheten, ritat som streckade linjer (Alt+H)",
        "&Add…": "&Lägg till…",
        "Add an event": "Lägg till en händelse",
        "Add an event of the unit (Alt+A)": "Lägg till en händelse för enheten (Alt+L)",
        "&Edit…": "&Redigera…",
        "Edit the selected event": "Redigera den markerade händelsen",
        "Edit the selected event (Alt+E)": "Redigera den markerade händelsen (Alt+R)",
        "Remove the selected event": "Ta bort den markerade händelsen",
        "Remove the selected event (Alt+R)": "Ta bort den markerade händelsen (Alt+T)",
        "None": "Ingen",
        "{date}  {title}": "{date}  {title}",
        "{unit}: {round} ({date})": "{unit}: {round} ({date})",
        "This unit has no rounds yet. Start a round and answer its criteria; the charts appear here.": "Enheten har inga omgångar än. Starta en omgång och besvara dess kriterier; diagrammen visas här.",
        "No scores yet for {round}. Answer at least one criterion that applies (yes or no) and the charts appear here.": "Inga resultat än för {round}. Besvara minst ett tillämpligt kriterium (ja eller nej) så visas diagrammen här.",
        "This is the unit's only round, so there is no earlier round to compare with.": "Det här är enhetens enda omgång, så det finns ingen tidigare omgång att jämföra med.",
        "{round} is the unit's first round: there is no earlier round to compare with.": "{round} är enhetens första omgång: det finns ingen tidigare omgång att jämföra med.",
        "{current} compared with {previous}": "{current} jämfört med {previous}",
        "and %n more": ("och %n till", "och %n till"),
        "Overall score rose from {before} % to {after} % (+{change} points).": "Totalresultatet steg från {before} % till {after} % (+{change} procentenheter).",
        "Overall score fell from {before} % to {after} % ({change} points).": "Totalresultatet sjönk från {before} % till {after} % ({change} procentenheter).",
        "Overall score stayed at {value} %.": "Totalresultatet låg kvar på {value} %.",
        "{standard} (+{gain} points)": "{standard} (+{gain} procentenheter)",
        "Most improved: {standards}.": "Störst förbättring: {standards}.",
        ", ": ", ",
        "Newly met: %n criteria": (
            "Nyligen uppfyllt: %n kriterium",
            "Nyligen uppfyllda: %n kriterier",
        ),
        "No longer met: %n criteria": (
            "Inte längre uppfyllt: %n kriterium",
            "Inte längre uppfyllda: %n kriterier",
        ),
        "Still not met: %n criteria": (
            "Fortfarande ej uppfyllt: %n kriterium",
            "Fortfarande ej uppfyllda: %n kriterier",
        ),
        "Radar chart of scores per standard": "Radardiagram över resultat per standard",
        "Bar chart of score and completeness per standard": "Stapeldiagram över resultat och andel besvarade per standard",
        "Line chart of scores over time, with events": "Linjediagram över resultat över tid, med händelser",
        "Bar chart of scores per perspective": "Stapeldiagram över resultat per perspektiv",
        "Heat map of each criterion's status per round": "Värmekarta över varje kriteriums status per omgång",
        "Could not save the event": "Händelsen kunde inte sparas",
        "Remove event": "Ta bort händelse",
        "Remove the event “{title}” of {date}? This cannot be undone.": "Ta bort händelsen ”{title}” den {date}? Det går inte att ångra.",
        "Change {criterion}": "Ändra {criterion}",
        # --- round dialogs -----------------------------------------------------------------------
        "New round": "Ny omgång",
        "A round is one self-assessment of your unit: your team answers every criterion of the chosen standards pack.": "En omgång är en självskattning av enheten: teamet besvarar alla kriterier i det valda standardpaketet.",
        "Title of the round": "Omgångens titel",
        "Date of the round": "Omgångens datum",
        "Provenance of the standards pack": "Standardpaketets ursprung",
        "&Show the answers of the previous round ({title}) beside the new ones": "&Visa svaren från föregående omgång ({title}) bredvid de nya",
        "&Show the answers of the previous round beside the new ones": "&Visa svaren från föregående omgång bredvid de nya",
        "Each criterion then shows what your team answered last time, so you can see what changed.": "Varje kriterium visar då vad teamet svarade förra gången, så att ni ser vad som har ändrats.",
        "There is no earlier round of this unit to compare with.": "Det finns ingen tidigare omgång för enheten att jämföra med.",
        "A name that tells this round apart from the others.": "Ett namn som skiljer omgången från de andra.",
        "When the team assesses; the arrow opens a calendar.": "När teamet gör bedömningen; pilen öppnar en kalender.",
        "Standards &pack:": "Standard&paket:",
        "The standards and criteria the round is assessed against.": "De standarder och kriterier som omgången bedöms mot.",
        "Start round": "Starta omgången",
        "Where the criteria of this pack come from:": "Var kriterierna i paketet kommer ifrån:",
        "Self-assessment {year}": "Självskattning {year}",
        "Enter a title for the round.": "Skriv en titel för omgången.",
        "Yes: evidence notes, dissenting views and N/A justifications are left out and respondents' aliases are replaced by 'Respondent 1', 'Respondent 2', ...": "Ja: anteckningar om underlag, avvikande uppfattningar och motiveringar för ej tillämpligt är utelämnade och respondenternas alias är ersatta med 'Respondent 1', 'Respondent 2', ...",
        "all respondents pooled (no agreed answers yet)": "alla respondenter sammanvägda (inga överenskomna svar än)",
        "the team's agreed score": "teamets överenskomna resultat",
        "{app}: self-assessment export": "{app}: export av självskattning",
        "One round": "En omgång",
        "A unit with all its rounds": "En enhet med alla dess omgångar",
        "Export of": "Export av",
        "Pack content": "Paketets innehåll",
        "Provenance": "Ursprung",
        "Score shown": "Visat resultat",
        "Redacted": "Avidentifierad",
        "No": "Nej",
        "{count}; this summary shows the latest": "{count}; sammanfattningen visar den senaste",
        "Rounds": "Omgångar",
        "Applicable": "Tillämpliga",
        "N/A": "Ej tillämpligt",
        "Score per standard": "Resultat per standard",
        "{perspective}: % yes": "{perspective}: % ja",
        "Dissenting view": "Avvikande uppfattning",
        "N/A justification": "Motivering för ej tillämpligt",
        "Flagged": "Markerad",
        "Alias": "Alias",
        "Agency": "Myndighet",
        "Overall score over rounds": "Totalresultat över omgångarna",
        "Overall score": "Totalresultat",
        "Rename round": "Byt namn på omgången",
        "New title of the round": "Omgångens nya titel",
        "New &title:": "Ny &titel:",
        "The title shown for the round everywhere.": "Titeln som visas för omgången överallt.",
        "Rename": "Byt namn",
        "A round needs a title.": "En omgång måste ha en titel.",
        "{option} {count}": "{option} {count}",
        "no answer {count}": "inget svar {count}",
        # --- standards browser -------------------------------------------------------------------
        "Language of the standards": "Språk för standarderna",
        "P&resent…": "P&resentera…",
        "Show the standards full screen, from the selected one (F5)": "Visa standarderna i helskärm, från den valda (F5)",
        "&Browse": "&Bläddra",
        "Two lan&guages": "Två s&pråk",
        "Export &handout (PDF)…": "Exportera &åhörarmaterial (PDF)…",
        "Write the pack or the selected standard to a PDF for the audience": "Skriv paketet eller den valda standarden till en PDF för åhörarna",
        "Handouts need the PDF handout module, which this copy does not have": "Åhörarmaterial kräver PDF-modulen för åhörarmaterial, som saknas i den här installationen",
        "&Find": "&Sök",
        "&Close": "S&täng",
        "Search statements, evidence and numbers": "Sök i påståenden, underlag och nummer",
        "Search": "Sök",
        "Search ({shortcut})": "Sök ({shortcut})",
        "&Search:": "&Sök:",
        "Room or agency": "Rum eller myndighet",
        "&Concerns:": "&Berör:",
        "Details of the selected standard or criterion": "Detaljer om den valda standarden eller det valda kriteriet",
        "Left language": "Vänster språk",
        "Right language": "Höger språk",
        "L&eft:": "&Vänster:",
        "&Right:": "&Höger:",
        "Include e&vidence hints": "Ta med tips om &underlag",
        "Texts in two languages, side by side": "Texter på två språk, sida vid sida",
        "Standards – {title} {version}": "Standarder – {title} {version}",
        "Any room or agency": "Alla rum och myndigheter",
        "Rooms": "Rum",
        "Agencies": "Myndigheter",
        "{count} of {total} criteria match": "{count} av {total} kriterier matchar",
        "{criteria}; {count} standard title(s) match": "{criteria}; {count} standardtitlar matchar",
        "{total} criteria": "{total} kriterier",
        "Choose a standard or criterion.": "Välj en standard eller ett kriterium.",
        "Evidence to look for": "Underlag att leta efter",
        "About the standard": "Om standarden",
        "Summary": "Sammanfattning",
        "Sub-standards": "Delstandarder",
        "%n criterion(s) in this standard.": (
            "%n kriterium i den här standarden.",
            "%n kriterier i den här standarden.",
        ),
        "%n text(s) missing a translation": (
            "%n text saknar översättning",
            "%n texter saknar översättning",
        ),
        "Every text is in both languages": "Alla texter finns på båda språken",
        "PDF documents (*.pdf)": "PDF-dokument (*.pdf)",
        "The handout could not be written: {reason}": "Åhörarmaterialet kunde inte skrivas: {reason}",
        "Handout written to {path}": "Åhörarmaterialet skrevs till {path}",
        # --- summary header ----------------------------------------------------------------------
        "Whose answers and score are shown": "Vems svar och resultat som visas",
        "Round status": "Omgångens status",
        "met overall": "uppfyllt totalt",
        "Criteria answered": "Besvarade kriterier",
        "Answered criteria, not applicable ones with their reason included": "Besvarade kriterier, inklusive ej tillämpliga med motivering",
        "Counts of answers": "Antal svar",
        "Save status": "Sparstatus",
        "Every change is saved as soon as you make it; there is no Save button.": "Varje ändring sparas så snart du gör den; det finns ingen Spara-knapp.",
        "{title} · {date}": "{title} · {date}",
        "Finalised": "Slutförd",
        "The answers of this round can no longer change": "Svaren i den här omgången kan inte längre ändras",
        "Draft": "Utkast",
        "Answers are still being given": "Svar lämnas fortfarande",
        "{percent} % answered": "{percent} % besvarat",
        "{met} · {not_applicable} · {unanswered}": "{met} · {not_applicable} · {unanswered}",
        "{met} of {applicable} met": "{met} av {applicable} uppfyllda",
        "%n not applicable": ("%n ej tillämpligt", "%n ej tillämpliga"),
        "%n unanswered": ("%n obesvarat", "%n obesvarade"),
        "Answers shown: team consensus": "Visade svar: teamets konsensus",
        "Score shown: all respondents pooled (no agreed answers yet)": "Visat resultat: alla respondenter sammanvägda (inga överenskomna svar än)",
        "Share of applicable, answered criteria that are met, over all respondents' answers: the round's score until the team agrees answers": "Andel tillämpliga, besvarade kriterier som är uppfyllda, över alla respondenters svar: omgångens resultat tills teamet är överens om svaren",
        "Score shown: the team's agreed score": "Visat resultat: teamets överenskomna resultat",
        "Share of applicable, answered criteria that are met in the answers the team agreed on: the team's agreed score": "Andel tillämpliga, besvarade kriterier som är uppfyllda i de svar som teamet har kommit överens om: teamets överenskomna resultat",
        "Answers shown: {alias} ({perspective})": "Visade svar: {alias} ({perspective})",
        "Score shown: this respondent's answers only": "Visat resultat: bara den här respondentens svar",
        "Share of applicable, answered criteria that are met in the answers of {alias}": "Andel tillämpliga, besvarade kriterier som är uppfyllda i svaren från {alias}",
        "{answers} · {basis}": "{answers} · {basis}",
        "✓ Saved {time}": "✓ Sparat {time}",
        # --- unit dialog -------------------------------------------------------------------------
        "Edit unit": "Redigera enhet",
        "New unit": "Ny enhet",
        "A unit is the Barnahus you assess. Only the name is required; the other details help to tell units apart in reports.": "En enhet är det Barnahus som ni bedömer. Bara namnet krävs; de andra uppgifterna hjälper till att skilja enheter åt i rapporter.",
        "Name of the unit": "Enhetens namn",
        "For example: Barnahus Norrvik": "Till exempel: Barnahus Norrvik",
        "Not given": "Inte angivet",
        "Region": "Region",
        "Region, county or city (optional)": "Region, län eller stad (valfritt)",
        "Lead agency": "Huvudman",
        "—": "—",
        "Year the unit opened": "Året då enheten öppnade",
        "Unknown": "Okänt",
        "&Name:": "&Namn:",
        "The name the unit is known by.": "Det namn som enheten är känd under.",
        "Choose from the list, or type a country's name or its two-letter code.": "Välj i listan eller skriv landets namn eller dess landskod med två bokstäver.",
        "&Region:": "&Region:",
        "The region, county or city the unit serves.": "Den region, det län eller den stad som enheten betjänar.",
        "The agency that runs or hosts the Barnahus.": "Den myndighet som driver eller är värd för Barnahuset.",
        "&Year opened:": "&Öppnade år:",
        "The year the unit first received children; leave at “Unknown” if unsure.": "Det år då enheten först tog emot barn; låt stå ”Okänt” om du är osäker.",
        "Save": "Spara",
        "Create unit": "Skapa enhet",
        "Enter a name for the unit.": "Skriv ett namn för enheten.",
        "“{country}” is not a country in the list; choose one or type its two-letter code.": "”{country}” är inte ett land i listan; välj ett eller skriv dess landskod med två bokstäver.",
        # --- welcome -----------------------------------------------------------------------------
        "Welcome to {app}": "Välkommen till {app}",
        "Assess your Barnahus against the Barnahus Quality Standards, one criterion at a time, and follow your progress from one round to the next. Everything you enter stays on this computer.": "Bedöm ert Barnahus mot kvalitetsstandarderna för Barnahus, ett kriterium i taget, och följ utvecklingen från en omgång till nästa. Allt du skriver in stannar på den här datorn.",
        "&Create your unit": "&Skapa er enhet",
        "Create your unit": "Skapa er enhet",
        "Enter your Barnahus's name and start its first self-assessment.": "Skriv in namnet på ert Barnahus och starta dess första självskattning.",
        "Set up the Barnahus you assess.": "Lägg upp det Barnahus som ni bedömer.",
        "Open the demo data": "Öppna demodata",
        "The demo has its own database: nothing you try there mixes with your real data.": "Demon har en egen databas: inget du provar där blandas med dina riktiga data.",
        "Look around with made-up units and answers first.": "Titta runt först med påhittade enheter och svar.",
    }
)

TEXTS.update(
    {
        # --- consensus meeting -------------------------------------------------------------------
        "Consensus meeting – {title}": "Konsensusmöte – {title}",
        "Position in the meeting": "Plats i mötet",
        "Agreed so far": "Överenskommet hittills",
        "Criteria agreed": "Överenskomna kriterier",
        "&Order:": "&Ordning:",
        "Most disagreement first": "Störst oenighet först",
        "Pack order": "Paketets ordning",
        "Order of the criteria": "Kriteriernas ordning",
        "Most disagreement first: the criteria that need discussion, then the rest in pack order": "Störst oenighet först: de kriterier som behöver diskuteras, sedan resten i paketets ordning",
        "Leave (Esc)": "Lämna (Esc)",
        "Leave the meeting": "Lämna mötet",
        "Back to the main window; everything is already saved (Esc)": "Tillbaka till huvudfönstret; allt är redan sparat (Esc)",
        "This round is finalised: its agreed answers are shown read-only. Reopen it from the Round menu to change them.": "Omgången är slutförd: de överenskomna svaren visas skrivskyddade. Öppna den igen från menyn Omgång för att ändra dem.",
        "Answer agreed in the previous round": "Svar som man kom överens om i föregående omgång",
        "How the respondents answered": "Hur respondenterna svarade",
        "What respondents wrote": "Vad respondenterna skrev",
        "The team's agreed answer": "Teamets överenskomna svar",
        "Agreed answer": "Överenskommet svar",
        "Agree on “{answer}” ({key} or Alt+{key})": "Enas om ”{answer}” ({key} eller Alt+{key})",
        "0  Clear": "0  Rensa",
        "Clear the agreed answer": "Rensa det överenskomna svaret",
        "No agreed answer (0 or Alt+0)": "Inget överenskommet svar (0 eller Alt+0)",
        "Saved as you type. PageDown / PageUp move to the next or previous criterion even while typing here, Ctrl+Enter to the next one without agreement; Left, Right, Home, End and digits edit the text. Esc leaves the meeting.": "Sparas medan du skriver. PageDown/PageUp går till nästa eller föregående kriterium även när du skriver här, Ctrl+Enter till nästa utan överenskommelse; Vänster, Höger, Home, End och siffror redigerar texten. Esc lämnar mötet.",
        "&Why it does not apply:": "&Varför ej tillämpligt:",
        "Why the criterion does not apply": "Varför kriteriet inte är tillämpligt",
        "&Rationale and evidence:": "&Motivering och underlag:",
        "Rationale and evidence of the agreed answer": "Motivering och underlag för det överenskomna svaret",
        "Why the team agreed on this answer": "Varför teamet enades om det här svaret",
        "&Dissenting view:": "&Avvikande uppfattning:",
        "A view that differs from the agreed answer, if anyone holds one": "En uppfattning som skiljer sig från det överenskomna svaret, om någon har en sådan",
        "◀ Previous (PgUp)": "◀ Föregående (PgUp)",
        "Previous criterion": "Föregående kriterium",
        "Previous criterion (PageUp, or Left)": "Föregående kriterium (PageUp eller Vänster)",
        "Next not agreed (Ctrl+Enter)": "Nästa ej överenskomna (Ctrl+Enter)",
        "Next criterion without agreement": "Nästa kriterium utan överenskommelse",
        "The next criterion the team has not agreed on yet (Ctrl+Enter)": "Nästa kriterium som teamet inte har enats om än (Ctrl+Enter)",
        "Next (PgDn) ▶": "Nästa (PgDn) ▶",
        "Next criterion": "Nästa kriterium",
        "Next criterion (PageDown, or Right)": "Nästa kriterium (PageDown eller Höger)",
        "Every criterion has an agreed answer.": "Alla kriterier har ett överenskommet svar.",
        "Criterion {position} of {count} · {id}": "Kriterium {position} av {count} · {id}",
        "disagreement {value}": "oenighet {value}",
        "perspectives differ": "perspektiven skiljer sig åt",
        "{agreed} of {total} agreed": "{agreed} av {total} överenskomna",
        "Not agreed yet": "Inte överenskommet än",
        "Agreed: {answer}": "Överenskommet: {answer}",
        "(counts once the reason is written)": "(räknas när motiveringen är skriven)",
        "Agreed in {title}: no answer": "Överenskommet i {title}: inget svar",
        "Agreed in {title}: {answer}": "Överenskommet i {title}: {answer}",
        "Nobody wrote a note.": "Ingen skrev någon anteckning.",
        "{name} · {perspective} · {answer}": "{name} · {perspective} · {answer}",
        "The change could not be saved.\n\n{reason}": "Ändringen kunde inte sparas.\n\n{reason}",
        "The team's answer: {answer}": "Teamets svar: {answer}",
        # --- respondents ---------------------------------------------------------------------------
        "&Respondents…": "Res&pondenter…",
        "The people answering in this round, by alias": "De som svarar i den här omgången, med alias",
        "Ans&wering as:": "&Svarar som:",
        "Answering as": "Svarar som",
        "Whose answers you see and change: the team's agreed answers or one respondent's": "Vems svar du ser och ändrar: teamets överenskomna svar eller en respondents",
        "Team (consensus)": "Teamet (konsensus)",
        "The answers the team has agreed": "De svar som teamet har enats om",
        "{alias} — {perspective}": "{alias} — {perspective}",
        "{entry}\n{tip}": "{entry}\n{tip}",
        "Edit respondent": "Redigera respondent",
        "Add respondent": "Lägg till respondent",
        "Give each respondent an alias, such as “Police 1” or “R3”. Never enter a real name: aliases appear in reports and exports.": "Ge varje respondent ett alias, till exempel ”Polis 1” eller ”R3”. Skriv aldrig ett riktigt namn: alias visas i rapporter och exporter.",
        "For example: Police 1": "Till exempel: Polis 1",
        "&Alias:": "&Alias:",
        "How this respondent is shown; never a real name.": "Hur respondenten visas; aldrig ett riktigt namn.",
        "&Perspective:": "&Perspektiv:",
        "The point of view this respondent answers from.": "Det perspektiv som respondenten svarar utifrån.",
        "A&gency:": "&Myndighet:",
        "The agency this respondent works for.": "Den myndighet som respondenten arbetar för.",
        "Warning about the alias": "Varning om aliaset",
        "⚠ This looks like a person's name. Respondents must not be identifiable: use an alias such as “Police 1” or “R3” instead.": "⚠ Det här ser ut som ett personnamn. Respondenter får inte kunna identifieras: använd i stället ett alias som ”Polis 1” eller ”R3”.",
        "Save the respondent": "Spara respondenten",
        "Enter an alias for the respondent.": "Skriv ett alias för respondenten.",
        "Another respondent of this round already has this alias.": "En annan respondent i omgången har redan det här aliaset.",
        "Respondents": "Respondenter",
        "The people answering in “{round}”, known by an alias only. Each answers the criteria on their own; the team then agrees its consensus answers.": "De som svarar i ”{round}”, kända bara under ett alias. Var och en besvarar kriterierna på egen hand; sedan enas teamet om sina konsensussvar.",
        "This round is finalised: its respondents can no longer change.": "Omgången är slutförd: dess respondenter kan inte längre ändras.",
        "Respondents of this round": "Respondenter i den här omgången",
        "No respondents yet. Add the people answering in this round.": "Inga respondenter än. Lägg till de personer som svarar i den här omgången.",
        "Add a respondent": "Lägg till en respondent",
        "Change the selected respondent": "Ändra den markerade respondenten",
        "&Remove…": "&Ta bort…",
        "Remove the selected respondent and their answers ({shortcut}, {key})": "Ta bort den markerade respondenten och dennes svar ({shortcut}, {key})",
        "Remove {alias} and the %n answer(s) they gave, with their notes?\n\nThis cannot be undone.": (
            "Ta bort {alias} och det %n svar som respondenten gav, med anteckningar?\n\nDet går inte att ångra.",
            "Ta bort {alias} och de %n svar som respondenten gav, med anteckningar?\n\nDet går inte att ångra.",
        ),
        "Remove respondent": "Ta bort respondent",
        "Criteria this respondent has answered, not applicable included": "Kriterier som respondenten har besvarat, inklusive ej tillämpliga",
        "%n answer(s)": ("%n svar", "%n svar"),
        "nobody answered": "ingen svarade",
        "Answers shown: {alias} — {perspective}": "Visade svar: {alias} — {perspective}",
        # --- training ------------------------------------------------------------------------------
        "Reset demo": "Återställ demon",
        "&Browse standards…": "&Bläddra i standarderna…",
        "Read the standards and criteria of the installed packs": "Läs standarderna och kriterierna i de installerade paketen",
        "B&ilingual view…": "&Tvåspråkig vy…",
        "Two languages side by side, criterion by criterion": "Två språk sida vid sida, kriterium för kriterium",
        "&Presenter mode": "&Presentationsläge",
        "The standards full screen, one per slide, for a room or a projector": "Standarderna i helskärm, en per bild, för ett rum eller en projektor",
        "Write the standards to a PDF handout in one or two languages": "Skriv standarderna till åhörarmaterial i PDF på ett eller två språk",
        "&Reset demo…": "&Återställ demon…",
        "Put the demo data back as it was; your own data is not touched": "Återställ demodata som de var; dina egna data påverkas inte",
        "Preparing the demo data…": "Förbereder demodata…",
        "Put the demo data back as it was first built? Every change made in the demo (answers, notes, units, rounds) is lost.\n\nYour own data is not touched.": "Återställa demodata som de var från början? Alla ändringar som gjorts i demon (svar, anteckningar, enheter, omgångar) går förlorade.\n\nDina egna data påverkas inte.",
        "Rebuilding the demo data…": "Bygger upp demodata igen…",
        "The demo data is as it was first built.": "Demodata är som de var från början.",
    }
)

TEXTS.update(
    {
        "&Disagreement…": "&Oenighet…",
        "Where the respondents' answers differ, and their scores side by side": "Där respondenternas svar skiljer sig åt, och deras resultat sida vid sida",
        "&Consensus meeting…": "&Konsensusmöte…",
        "Full screen, one criterion at a time: record the team's agreed answers": "Helskärm, ett kriterium i taget: för in teamets överenskomna svar",
    }
)

TEXTS.update(
    {
        "This unit has no rounds yet.": "Enheten har inga omgångar än.",
        "Nothing to compare yet.": "Inget att jämföra än.",
    }
)

TEXTS.update(
    {
        "About this text": "Om texten",
        "Evidence:": "Underlag:",
        "Concerns:": "Berör:",
        "S&tandards only": "Bara &standarder",
        "Screen for the slides": "Skärm för bilderna",
        "Screen {number}: {name} ({width} × {height})": "Skärm {number}: {name} ({width} × {height})",
        "Scr&een:": "S&kärm:",
        # --- questionnaires (dialogs) ------------------------------------------------------------
        "E&xport questionnaires…": "E&xportera frågeformulär…",
        "Write one Excel questionnaire per respondent of this round, to fill offline": "Skriv ett frågeformulär i Excel per respondent i omgången, att fylla i utan uppkoppling",
        "I&mport questionnaires…": "I&mportera frågeformulär…",
        "Read filled questionnaires back into their round": "Läs in ifyllda frågeformulär i deras omgång",
        "Open a round first: questionnaires are per round.": "Öppna en omgång först: frågeformulär hör till en omgång.",
        "Export questionnaires": "Exportera frågeformulär",
        "Write one questionnaire per respondent of “{round}”. Each person fills in their file in Excel or LibreOffice, without PROMISE tracker, and returns it; Team > Import questionnaires reads the answers back. Answers already saved are filled in.": "Skriv ett frågeformulär per respondent i ”{round}”. Var och en fyller i sin fil i Excel eller LibreOffice, utan PROMISE tracker, och skickar tillbaka den; Team > Importera frågeformulär läser in svaren. Svar som redan är sparade är ifyllda.",
        "&Respondents:": "&Respondenter:",
        "Respondents to write a questionnaire for": "Respondenter som ska få ett frågeformulär",
        "{alias} ({perspective})": "{alias} ({perspective})",
        "Select &all": "Markera &alla",
        "Select every respondent": "Markera alla respondenter",
        "Check every respondent.": "Kryssa i alla respondenter.",
        "Select &none": "Markera &ingen",
        "Select no respondent": "Markera ingen respondent",
        "Uncheck every respondent.": "Avmarkera alla respondenter.",
        "Language of the questionnaires": "Frågeformulärens språk",
        "E&xcel workbook (.xlsx), to fill in": "E&xcel-arbetsbok (.xlsx), att fylla i",
        "Write Excel questionnaires": "Skriv frågeformulär i Excel",
        "The file respondents fill in and return.": "Filen som respondenterna fyller i och skickar tillbaka.",
        "&PDF, to print": "&PDF, att skriva ut",
        "Write PDF questionnaires": "Skriv frågeformulär i PDF",
        "PDF questionnaires are not available here.": "Frågeformulär i PDF finns inte här.",
        "A paper copy to fill in by hand; it is not imported.": "Ett pappersexemplar att fylla i för hand; det importeras inte.",
        "Formats": "Format",
        "Folder to write the questionnaires to": "Mapp som frågeformulären skrivs till",
        "&Browse…": "&Bläddra…",
        "Choose the folder": "Välj mappen",
        "Choose the folder.": "Välj mappen.",
        "The language of the statements, answers and evidence hints.": "Språket för påståenden, svar och tips om underlag.",
        "&Folder:": "&Mapp:",
        "One file per respondent is written here, named after unit, round and alias.": "En fil per respondent skrivs här, namngiven efter enhet, omgång och alias.",
        "Files written": "Skrivna filer",
        "&Export": "&Exportera",
        "Write the questionnaires": "Skriv frågeformulären",
        "Write one file per checked respondent.": "Skriv en fil per ikryssad respondent.",
        "This round has no respondents yet. Add them first; each gets a questionnaire.": "Omgången har inga respondenter än. Lägg till dem först; var och en får ett frågeformulär.",
        "Check at least one respondent.": "Kryssa i minst en respondent.",
        "Choose Excel, PDF or both.": "Välj Excel, PDF eller båda.",
        "Choose the folder to write the files to.": "Välj mappen som filerna ska skrivas till.",
        "Writing questionnaires…": "Skriver frågeformulär…",
        "Nothing more was written. {reason}": "Inget mer skrevs. {reason}",
        "Wrote {count} files for {people} respondents to {folder}:": "Skrev {count} filer för {people} respondenter till {folder}:",
        "Stopped before the last {count}.": "Avbröt före de sista {count}.",
        "Folder for the questionnaires": "Mapp för frågeformulären",
        "Import questionnaires": "Importera frågeformulär",
        "Add the questionnaires respondents returned. Each file is checked and compared with the answers saved here. New answers are imported; a file that would change saved answers is imported only if you check it. Rejected files are never imported.": "Lägg till de frågeformulär som respondenterna skickat tillbaka. Varje fil kontrolleras och jämförs med de svar som är sparade här. Nya svar importeras; en fil som skulle ändra sparade svar importeras bara om du kryssar i den. Avvisade filer importeras aldrig.",
        "Add questionnaires to import": "Lägg till frågeformulär att importera",
        "Choose filled questionnaires (.xlsx).": "Välj ifyllda frågeformulär (.xlsx).",
        "Take the selected file off the list.": "Ta bort den markerade filen från listan.",
        "Questionnaires and what each would do": "Frågeformulär och vad vart och ett skulle göra",
        "Details": "Detaljer",
        "&Details of the selected file:": "&Detaljer om den markerade filen:",
        "Problems, warnings or differences of the file": "Filens problem, varningar eller skillnader",
        "Import the questionnaires": "Importera frågeformulären",
        "Store the new files and the checked changed ones, all in one step.": "Spara de nya filerna och de ikryssade ändrade, allt i ett steg.",
        "{path}\nCheck to import the changes of this file.": "{path}\nKryssa i för att importera filens ändringar.",
        "New": "Ny",
        "Unchanged: already imported": "Oförändrad: redan importerad",
        "Changed: check to import": "Ändrad: kryssa i för att importera",
        "Rejected": "Avvisad",
        "{count} problems": "{count} problem",
        "{count} answers": "{count} svar",
        "{count} differences": "{count} skillnader",
        "{count} warnings": "{count} varningar",
        "Add the questionnaires to import.": "Lägg till de frågeformulär som ska importeras.",
        "Nothing new to import. Check the changed files whose differences you want to store.": "Inget nytt att importera. Kryssa i de ändrade filer vars skillnader du vill spara.",
        "Nothing to import: the files are rejected or already imported.": "Inget att importera: filerna är avvisade eller redan importerade.",
        "Nothing to import: these questionnaires are already imported.": "Inget att importera: frågeformulären är redan importerade.",
        "Rejected files left out: {count}.": "Avvisade filer som utelämnats: {count}.",
        "Notes:": "Anteckningar:",
        "Web address: {url}": "Webbadress: {url}",
        "ISBN: {isbn}": "ISBN: {isbn}",
        "R&ight:": "&Höger:",
        "Number": "Nummer",
        "Standard or criterion": "Standard eller kriterium",
        "⚠ Missing translation ({language})": "⚠ Översättning saknas ({language})",
        "Missing translation": "Översättning saknas",
        "{number} summary": "Sammanfattning av {number}",
        "{id} evidence": "Underlag för {id}",
    }
)

TEXTS.update(
    {
        "{app}: comparison of {count} units": "{app}: jämförelse av {count} enheter",
        "Flags": "Flaggor",
        "none": "inga",
        "any": "alla",
        "Reference pack: {pack} (content {content})": "Referenspaket: {pack} (innehåll {content})",
        "Standards not shared by every unit (left out): {list}": "Standarder som inte alla enheter har (utelämnade): {list}",
        "Criteria not shared by every unit (left out): {list}": "Kriterier som inte alla enheter har (utelämnade): {list}",
        "Filters: country {country}, lead agency {agency}": "Filter: land {country}, huvudman {agency}",
        "Scores are each unit's score as exported: the team's agreed score, or all respondents pooled where a round has no agreed answers yet.": "Resultaten är varje enhets resultat så som det exporterades: teamets överenskomna resultat, eller alla respondenter sammanvägda där en omgång ännu inte har några överenskomna svar.",
        "Minimum, median and maximum per standard": "Minimum, median och maximum per standard",
        "Units compared": "Jämförda enheter",
        "Round number": "Omgångens nummer",
        "Overall score per round": "Totalresultat per omgång",
        "Warnings": "Varningar",
    }
)

# Questionnaire refusals (exchange/questionnaire.py), ready for when lupdate can read them.
TEXTS.update(
    {
        "was changed after it was handed out: the parts that identify the questionnaire (round, respondent, criteria, statements) no longer match its checksum; hand out a new questionnaire": "ändrades efter att det delades ut: de delar som identifierar frågeformuläret (omgång, respondent, kriterier, påståenden) stämmer inte längre med kontrollsumman; dela ut ett nytt frågeformulär",
        "is not a questionnaire made by PROMISE tracker (it has no Metadata sheet)": "är inget frågeformulär från PROMISE tracker (det har inget Metadata-blad)",
        "is not a questionnaire made by PROMISE tracker (its Metadata names another format); a round export is imported with File > Import from Excel": "är inget frågeformulär från PROMISE tracker (dess Metadata anger ett annat format); en export av en omgång importeras med Arkiv > Importera från Excel",
        "has no criteria sheet named “{sheet}”; sheets were renamed or removed": "har inget kriterieblad med namnet ”{sheet}”; blad har bytt namn eller tagits bort",
        "has an unknown questionnaire format version ({version})": "har en okänd version av frågeformulärets format ({version})",
        "was made by a newer version of PROMISE tracker (questionnaire format {version}; this version reads format {known}); update PROMISE tracker to import it": "gjordes med en nyare version av PROMISE tracker (frågeformulärsformat {version}; den här versionen läser format {known}); uppdatera PROMISE tracker för att importera det",
        "{count} criteria are missing at the end, from {first}; rows may not be removed": "{count} kriterier saknas i slutet, från {first}; rader får inte tas bort",
        "row {row}: the {column} cell {cell} holds a formula; questionnaires take typed text only (a note may not start with “=” unless typed as text)": "rad {row}: cellen {cell} i kolumnen {column} innehåller en formel; frågeformulär tar bara emot inskriven text (en anteckning får inte börja med ”=” om den inte skrivs in som text)",
        "sheet “{sheet}”, cell {cell} holds a formula; questionnaires never hold formulas": "bladet ”{sheet}”, cell {cell} innehåller en formel; frågeformulär innehåller aldrig formler",
        "row {row} ({criterion}): answered “{answer}” without saying why; it counts as unanswered until a justification is added": "rad {row} ({criterion}): svarade ”{answer}” utan att ange varför; det räknas som obesvarat tills en motivering läggs till",
        "row {row}: a row the questionnaire did not have ({found}); rows may not be added": "rad {row}: en rad som frågeformuläret inte hade ({found}); rader får inte läggas till",
        "row {row} ({criterion}): “{value}” is not an answer; choose one of {labels}": "rad {row} ({criterion}): ”{value}” är inget svar; välj ett av {labels}",
        "row {row}: holds criterion {found} where {wanted} should be; rows were moved, sorted or their IDs edited": "rad {row}: innehåller kriterium {found} där {wanted} ska stå; rader har flyttats, sorterats eller fått sina id ändrade",
        "row {row}: the criterion ID “{found}” is not a criterion of {pack} {version} (it should be {wanted}); criterion IDs may not be edited": "rad {row}: kriteriets id ”{found}” är inget kriterium i {pack} {version} (det ska vara {wanted}); kriteriernas id får inte ändras",
    }
)

TEXTS.update(
    {
        "Every criterion has an agreed answer. {position}": "Alla kriterier har ett överenskommet svar. {position}",
        "Criterion {position} of {count} · {id} · disagreement {value} · perspectives differ": "Kriterium {position} av {count} · {id} · oenighet {value} · perspektiven skiljer sig åt",
        "Criterion {position} of {count} · {id} · disagreement {value}": "Kriterium {position} av {count} · {id} · oenighet {value}",
        "Agreed: {answer} (counts once the reason is written)": "Överenskommet: {answer} (räknas när motiveringen är skriven)",
        "{file} ({respondent}): new, answers: {count}": "{file} ({respondent}): nytt, svar: {count}",
        "{file} ({respondent}): changed, differences from what is stored: {count}": "{file} ({respondent}): ändrat, skillnader mot det som är sparat: {count}",
        "Questionnaires imported: {files}; answers saved: {answers}, cleared: {cleared}.": "Importerade frågeformulär: {files}; sparade svar: {answers}, rensade: {cleared}.",
        "Problems: {count}": "Problem: {count}",
        "Answers: {count}": "Svar: {count}",
        "Differences: {count}": "Skillnader: {count}",
        "Warnings: {count}": "Varningar: {count}",
    }
)

TEXTS.update(
    {
        "Sta&ndards": "&Standarder",
        "{met} of {applicable} respondents' answers met": "{met} av {applicable} respondentsvar uppfyllda",
    }
)

# Changes saved elsewhere meanwhile (two windows or computers on one database).
TEXTS.update(
    {
        "The unit's details were changed elsewhere (in another window or on another computer) since they were opened here. Your change was not saved.": "Enhetens uppgifter har ändrats någon annanstans (i ett annat fönster eller på en annan dator) sedan de öppnades här. Din ändring sparades inte.",
        "The round was changed elsewhere (in another window or on another computer) since it was opened here. Your change was not saved.": "Omgången har ändrats någon annanstans (i ett annat fönster eller på en annan dator) sedan den öppnades här. Din ändring sparades inte.",
        "The respondent was changed elsewhere (in another window or on another computer) since they were shown here. Your change was not saved.": "Respondenten har ändrats någon annanstans (i ett annat fönster eller på en annan dator) sedan den visades här. Din ändring sparades inte.",
        "The event was changed elsewhere (in another window or on another computer) since it was shown here. Your change was not saved.": "Händelsen har ändrats någon annanstans (i ett annat fönster eller på en annan dator) sedan den visades här. Din ändring sparades inte.",
        "This answer was changed elsewhere (in another window or on another computer) since it was shown here. Your change was not saved.": "Det här svaret har ändrats någon annanstans (i ett annat fönster eller på en annan dator) sedan det visades här. Din ändring sparades inte.",
        "This answer keeps being changed elsewhere; try again in a moment.": "Svaret ändras hela tiden någon annanstans; försök igen om en stund.",
        "Flagged for discussion": "Markerad för diskussion",
        "Name": "Namn",
        "Opened": "Öppnad",
        "Description": "Beskrivning",
        "(empty)": "(tomt)",
        "Yes": "Ja",
        "Changed elsewhere": "Ändrat någon annanstans",
        "Compare the two and choose which to keep. Keeping yours saves it over the other change; keeping theirs shows what was saved elsewhere.": "Jämför de två och välj vilken som ska behållas. Behåller du din ändring sparas den över den andra; behåller du den andra visas det som sparades där.",
        "Your change and the one saved elsewhere": "Din ändring och den som sparades någon annanstans",
        "What": "Vad",
        "Yours": "Din",
        "Saved elsewhere": "Sparat någon annanstans",
        "Keep &mine": "Behåll &min",
        "Keep &theirs": "Behåll &deras",
        "⚠ Not saved yet. Your text stays here and is saved as soon as that works again.": "⚠ Inte sparat än. Texten finns kvar här och sparas så snart det går igen.",
    }
)

# Backups: File > Backups…, File > Save a copy…, the Backups dialog and the backup service.
TEXTS.update(
    {
        "&Backups…": "Säker&hetskopior…",
        "See the backups of your data and restore one": "Se säkerhetskopiorna av dina uppgifter och återställ en av dem",
        "&Save a copy…": "&Spara en kopia…",
        "Write a copy of all your data to a file, e.g. on a USB stick": "Skriv en kopia av alla dina uppgifter till en fil, t.ex. på ett USB-minne",
        "Restore the backup of {date}?\n\nIt holds {content}. Your data is replaced by it: whatever was entered after {date} is no longer shown.\n\nYour data as it is now is first saved as a backup of its own (“Before restore” in this list), so you can go back to it.": "Återställa säkerhetskopian från {date}?\n\nDen innehåller {content}. Dina uppgifter ersätts av den: det som har förts in efter {date} visas inte längre.\n\nDina uppgifter som de är nu sparas först som en egen säkerhetskopia (”Före återställning” i listan), så att du kan gå tillbaka till dem.",
        "Restore a backup": "Återställ en säkerhetskopia",
        "&Restore": "&Återställ",
        "Restoring the backup…": "Återställer säkerhetskopian…",
        "Restored the backup of {date}. Your data as it was before is kept as a backup (“Before restore”).": "Säkerhetskopian från {date} har återställts. Dina uppgifter som de var innan finns kvar som en säkerhetskopia (”Före återställning”).",
        "Backed up to {file}.": "Säkerhetskopierat till {file}.",
        "The backups folder {folder} cannot be created.": "Mappen för säkerhetskopior {folder} kan inte skapas.",
        "PROMISE tracker copy {date}": "PROMISE tracker kopia {date}",
        "Saving a copy of your data…": "Sparar en kopia av dina uppgifter…",
        "A copy of your data was saved to {file}.": "En kopia av dina uppgifter sparades i {file}.",
        "Save a copy of your data": "Spara en kopia av dina uppgifter",
        "PROMISE tracker data (*.sqlite)": "Data från PROMISE tracker (*.sqlite)",
        "Backups are made of a database file; a database on a server is backed up by its administrator.": "Säkerhetskopior görs av en databasfil; en databas på en server säkerhetskopieras av dess administratör.",
        "cannot be read": "kan inte läsas",
        "%n units": ("%n enhet", "%n enheter"),
        "%n rounds": ("%n omgång", "%n omgångar"),
        "%n answers": ("%n svar", "%n svar"),
        "session": "start av session",
        "manual": "manuell",
        "before upgrade": "före uppgradering",
        "before restore": "före återställning",
        "damaged database set aside": "skadad databas som lagts undan",
        "{file} already exists. Choose another name, or remove that file first.": "{file} finns redan. Välj ett annat namn eller ta bort den filen först.",
        "{file} does not exist. Choose a backup file. Nothing was changed.": "{file} finns inte. Välj en fil med en säkerhetskopia. Ingenting ändrades.",
        "{file} was saved by a newer version of PROMISE tracker (database format {revision}). Update PROMISE tracker to restore it. Nothing was changed.": "{file} sparades av en nyare version av PROMISE tracker (databasformat {revision}). Uppdatera PROMISE tracker för att återställa den. Ingenting ändrades.",
        "There is no database in {folder} yet, so there is nothing to back up.": "Det finns ingen databas i {folder} än, så det finns inget att säkerhetskopiera.",
        "{file} is not a PROMISE tracker database, so it cannot be restored. Choose a backup from the backups folder. Nothing was changed.": "{file} är ingen databas från PROMISE tracker, så den kan inte återställas. Välj en säkerhetskopia i mappen för säkerhetskopior. Ingenting ändrades.",
        "{file} is damaged (it fails SQLite's integrity check), so it cannot be restored. Choose another backup. Nothing was changed.": "{file} är skadad (den klarar inte SQLites integritetskontroll), så den kan inte återställas. Välj en annan säkerhetskopia. Ingenting ändrades.",
        "{file} is the database itself, not a backup or a copy. Choose another file. Nothing was changed.": "{file} är själva databasen, inte en säkerhetskopia eller en kopia. Välj en annan fil. Ingenting ändrades.",
        "The database is in use by another PROMISE tracker window or another program. Close it and try again. Nothing was changed.": "Databasen används av ett annat fönster i PROMISE tracker eller av ett annat program. Stäng det och försök igen. Ingenting ändrades.",
        "The database {file} is damaged (it fails SQLite's integrity check), so no backup of it was made. Restore an earlier backup (File > Backups…, or the command promise-tracker restore).": "Databasen {file} är skadad (den klarar inte SQLites integritetskontroll), så ingen säkerhetskopia av den gjordes. Återställ en tidigare säkerhetskopia (Arkiv > Säkerhetskopior… eller kommandot promise-tracker restore).",
        "{file} cannot be read: it is damaged or not a PROMISE tracker database. Nothing was changed.": "{file} kan inte läsas: den är skadad eller ingen databas från PROMISE tracker. Ingenting ändrades.",
        "{file} could not be written. Check that the folder exists and that you can save files there. Nothing was changed.": "{file} kunde inte skrivas. Kontrollera att mappen finns och att du kan spara filer där. Ingenting ändrades.",
        "{file} could not be written: the disk is full. Free some space or choose another place. Nothing was changed.": "{file} kunde inte skrivas: disken är full. Frigör utrymme eller välj en annan plats. Ingenting ändrades.",
        "{file} could not be written: the folder is read-only or you may not save files there. Choose another place. Nothing was changed.": "{file} kunde inte skrivas: mappen är skrivskyddad eller så får du inte spara filer där. Välj en annan plats. Ingenting ändrades.",
        "Backups": "Säkerhetskopior",
        "Your data is backed up when PROMISE tracker starts (if anything changed since the last backup), before an upgrade and before a restore. The backups are kept in {folder}.": "Dina uppgifter säkerhetskopieras när PROMISE tracker startar (om något har ändrats sedan den senaste säkerhetskopian), före en uppgradering och före en återställning. Säkerhetskopiorna sparas i {folder}.",
        "About the backups": "Om säkerhetskopiorna",
        "Date and time": "Datum och tid",
        "Kind": "Typ",
        "Size": "Storlek",
        "Backups, newest first": "Säkerhetskopior, nyaste först",
        "Columns of the backups list": "Kolumner i listan över säkerhetskopior",
        "There are no backups yet.": "Det finns inga säkerhetskopior än.",
        "No backups": "Inga säkerhetskopior",
        "What was done": "Vad som gjordes",
        "&Restore…": "&Återställ…",
        "Restore the chosen backup": "Återställ den valda säkerhetskopian",
        "Put the chosen backup in place of your data (asks first).": "Ersätt dina uppgifter med den valda säkerhetskopian (frågar först).",
        "&Back up now": "Säkerhetskopiera &nu",
        "Back up now": "Säkerhetskopiera nu",
        "Make a backup of your data as it is now.": "Gör en säkerhetskopia av dina uppgifter som de är nu.",
        "Open the backups folder": "Öppna mappen för säkerhetskopior",
        "Show the backups folder in the file manager.": "Visa mappen för säkerhetskopior i filhanteraren.",
        "This backup cannot be read: it is damaged or not PROMISE data.": "Säkerhetskopian kan inte läsas: den är skadad eller innehåller inte data från PROMISE.",
        "Session start": "Start av session",
        "Manual": "Manuell",
        "Before upgrade": "Före uppgradering",
        "Before restore": "Före återställning",
        "Damaged data set aside": "Skadade data som lagts undan",
    }
)

# Crash dialog, startup notices and a database that cannot be opened or written.
TEXTS.update(
    {
        "PROMISE tracker found that its database file is damaged and cannot go on safely. Close PROMISE tracker: when it starts again it says which backup to restore.\n\nThe details below help to fix it.": "PROMISE tracker har upptäckt att databasfilen är skadad och kan inte fortsätta på ett säkert sätt. Stäng PROMISE tracker: när det startar igen visas vilken säkerhetskopia som ska återställas.\n\nUppgifterna nedan hjälper till att rätta felet.",
        "PROMISE tracker found that its database file is damaged and cannot go on safely. Close PROMISE tracker: when it starts again it says which backup to restore.\n\nThe details below and the log file help to fix it:\n{path}": "PROMISE tracker har upptäckt att databasfilen är skadad och kan inte fortsätta på ett säkert sätt. Stäng PROMISE tracker: när det startar igen visas vilken säkerhetskopia som ska återställas.\n\nUppgifterna nedan och loggfilen hjälper till att rätta felet:\n{path}",
        "Something went wrong that PROMISE tracker did not expect. Your saved answers are safe.\n\nThe details below help to fix it.": "Något gick fel som PROMISE tracker inte väntade sig. Dina sparade svar är i säkerhet.\n\nUppgifterna nedan hjälper till att rätta felet.",
        "Something went wrong that PROMISE tracker did not expect. Your saved answers are safe.\n\nThe details below and the log file help to fix it:\n{path}": "Något gick fel som PROMISE tracker inte väntade sig. Dina sparade svar är i säkerhet.\n\nUppgifterna nedan och loggfilen hjälper till att rätta felet:\n{path}",
        "Unexpected error": "Oväntat fel",
        "Cannot open the data": "Det går inte att öppna dina uppgifter",
        "{problem}\n\nYour data is shown read-only: you can look at it and export it, but PROMISE tracker refuses every change until it can save in that folder.": "{problem}\n\nDina uppgifter visas skrivskyddade: du kan titta på dem och exportera dem, men PROMISE tracker avvisar alla ändringar tills det kan spara i den mappen.",
        "Opened read-only": "Öppnad skrivskyddad",
        # "Disk", not "enhet": in this program "enhet" is a Barnahus unit.
        "The drive is nearly full": "Disken är nästan full",
        "The drive holding {folder} is nearly full: {free} MB free. PROMISE tracker needs at least {needed} MB there to save your work and its backups safely. Make room (delete or move files you no longer need) before you go on.": "Disken där {folder} finns är nästan full: {free} MB ledigt. PROMISE tracker behöver minst {needed} MB där för att spara ditt arbete och sina säkerhetskopior på ett säkert sätt. Frigör utrymme (ta bort eller flytta filer som du inte längre behöver) innan du fortsätter.",
        "{database} does not exist, so it cannot be shown.": "{database} finns inte, så den kan inte visas.",
        "{database} was saved by an older version of PROMISE tracker and needs upgrading, which cannot be done while it cannot be written.": "{database} sparades av en äldre version av PROMISE tracker och behöver uppgraderas, vilket inte går så länge det inte går att skriva till den.",
        "PROMISE tracker cannot save files in the folder {folder}: it is read-only, or you do not have permission to change it. Ask whoever looks after this computer to give you permission to save files there.": "PROMISE tracker kan inte spara filer i mappen {folder}: den är skrivskyddad, eller så har du inte behörighet att ändra i den. Be den som sköter datorn att ge dig behörighet att spara filer där.",
        "The database {database} is damaged: parts of it cannot be read (after a disk or copying problem, for example). PROMISE tracker does not use it, and has not changed it.": "Databasen {database} är skadad: delar av den kan inte läsas (till exempel efter ett problem med disken eller en kopiering). PROMISE tracker använder den inte och har inte ändrat den.",
        "There is no backup in {folder}. Keep the damaged file as it is and ask whoever looks after this computer whether it can be restored from their backups.": "Det finns ingen säkerhetskopia i {folder}. Låt den skadade filen vara som den är och fråga den som sköter datorn om den kan återställas från deras säkerhetskopior.",
        "The newest backup is {backup}. To go back to it, close PROMISE tracker and run the command “promise-tracker restore {backup}” (the damaged file is kept aside), or keep a copy of the damaged file somewhere else and copy the backup over {database}.": "Den senaste säkerhetskopian är {backup}. För att gå tillbaka till den, stäng PROMISE tracker och kör kommandot ”promise-tracker restore {backup}” (den skadade filen läggs undan), eller spara en kopia av den skadade filen någon annanstans och kopiera säkerhetskopian över {database}.",
        "Delete {files} as well: they belong to the damaged file.": "Ta också bort {files}: de hör till den skadade filen.",
    }
)

# Import and questionnaire import: adding a folder, unreadable files, clearer refusals.
TEXTS.update(
    {
        "Add &folder…": "Lägg till &mapp…",
        "Add the export files of a folder": "Lägg till exportfilerna i en mapp",
        "Choose a folder: every export file (.xlsx) in it is added. You can also drop files and folders on this window.": "Välj en mapp: alla exportfiler (.xlsx) i den läggs till. Du kan också släppa filer och mappar på det här fönstret.",
        "Add the questionnaires of a folder": "Lägg till frågeformulären i en mapp",
        "Choose a folder: every questionnaire (.xlsx) in it is added. You can also drop files and folders on this window.": "Välj en mapp: alla frågeformulär (.xlsx) i den läggs till. Du kan också släppa filer och mappar på det här fönstret.",
        "The folder {folder} could not be read. Check that it is still there and that you may open it.": "Mappen {folder} kunde inte läsas. Kontrollera att den finns kvar och att du får öppna den.",
        "No Excel workbooks (.xlsx) in the folder {folder}.": "Inga Excel-arbetsböcker (.xlsx) i mappen {folder}.",
        "%n file(s) skipped: only Excel workbooks (.xlsx) can be imported ({files}).": (
            "%n fil hoppades över: bara Excel-arbetsböcker (.xlsx) kan importeras ({files}).",
            "%n filer hoppades över: bara Excel-arbetsböcker (.xlsx) kan importeras ({files}).",
        ),
        "Nothing was imported: the files clash with data already stored (a unit, round, respondent or event with the same id but other links). Import the files one at a time to find the one that clashes.": "Ingenting importerades: filerna krockar med data som redan finns sparade (en enhet, omgång, respondent eller händelse med samma id men andra kopplingar). Importera filerna en i taget för att hitta den som krockar.",
        "is a respondent's questionnaire, not a round or unit export; import it into its round with Team > Import questionnaires… in the app, or with the command “promise-tracker questionnaire import”": "är en respondents frågeformulär, inte en export av en omgång eller enhet; importera det till dess omgång med Team > Importera frågeformulär… i programmet, eller med kommandot ”promise-tracker questionnaire import”",
        "has a damaged record in the Data sheet, row {row}: it is cut short or not in the export's format; export the file again": "har en skadad post på Data-bladet, rad {row}: den är avkortad eller inte i exportens format; exportera filen igen",
        "text": "text",
        "a whole number": "ett heltal",
        "true or false": "sant eller falskt",
        "a date (year-month-day)": "ett datum (år-månad-dag)",
        "a round status ({statuses})": "en status för omgången ({statuses})",
        "has a damaged {kind} record in the Data sheet, row {row}: its field {field} should hold {expected}": "har en skadad post ({kind}) på Data-bladet, rad {row}: fältet {field} ska innehålla {expected}",
        "cannot be read: there is no such file": "kan inte läsas: filen finns inte",
        "cannot be read: you do not have permission to open it": "kan inte läsas: du har inte behörighet att öppna den",
        "cannot be read: it is a folder, not a file": "kan inte läsas: det är en mapp, inte en fil",
        "cannot be read: the disk or network drive it is on reported an error; copy the file to this computer and try again": "kan inte läsas: disken eller nätverksenheten där den ligger rapporterade ett fel; kopiera filen till den här datorn och försök igen",
        "cannot be read; check that the file is still there and that you may open it": "kan inte läsas; kontrollera att filen finns kvar och att du får öppna den",
        "is not an Excel .xlsx file, or it is damaged or incomplete (it cannot be unpacked)": "är ingen Excel .xlsx-fil, eller så är den skadad eller ofullständig (den kan inte packas upp)",
        "cannot be read as an Excel workbook: a part of it is damaged, or it was not saved as an Excel workbook (.xlsx)": "kan inte läsas som en Excel-arbetsbok: en del av den är skadad, eller så sparades den inte som en Excel-arbetsbok (.xlsx)",
        "is too large: the sheet {sheet} has {rows} rows (at most {max_rows} are accepted); refused": "är för stor: bladet {sheet} har {rows} rader (högst {max_rows} godtas); avvisad",
        "a respondent's questionnaire, not an export; a comparison reads round or unit exports (a questionnaire is imported into its round with Team > Import questionnaires…)": "en respondents frågeformulär, inte en export; en jämförelse läser exporter av omgångar eller enheter (ett frågeformulär importeras till sin omgång med Team > Importera frågeformulär…)",
        "its sheets are not laid out as an export's (a heading or a column the comparison reads is missing); export the file again": "bladen är inte uppställda som i en export (en rubrik eller kolumn som jämförelsen läser saknas); exportera filen igen",
        "is a round or unit export, not a respondent's questionnaire; import it with File > Import from Excel… in the app, or with the command “promise-tracker import”": "är en export av en omgång eller enhet, inte en respondents frågeformulär; importera den med Arkiv > Importera från Excel… i programmet, eller med kommandot ”promise-tracker import”",
        "… and 1 more problem": "… och 1 problem till",
        "… and {count} more problems": "… och {count} problem till",
        "row {row} ({criterion}): this text was too long for a spreadsheet cell, so the questionnaire showed only its beginning, and that cut text was edited; importing it would lose the rest. Undo the edit in the file, or change the text in PROMISE tracker": "rad {row} ({criterion}): texten var för lång för en cell i kalkylbladet, så frågeformuläret visade bara början av den, och den avkortade texten har redigerats; om den importeras går resten förlorad. Ångra ändringen i filen, eller ändra texten i PROMISE tracker",
        "Nothing was imported: the database could not store the answers (it may be in use by another program, or damaged). Try again; if it happens again, see the log file.": "Ingenting importerades: databasen kunde inte spara svaren (den kan användas av ett annat program eller vara skadad). Försök igen; om det händer igen, se loggfilen.",
        # Texts too long for one spreadsheet cell.
        "… [{count} more characters do not fit in a spreadsheet cell]": "… [ytterligare {count} tecken får inte plats i en cell i kalkylbladet]",
        "… [continues: {count} more characters, kept in PROMISE tracker]": "… [fortsätter: ytterligare {count} tecken, sparade i PROMISE tracker]",
        "… [continues: {count} more characters in the full record]": "… [fortsätter: ytterligare {count} tecken i den fullständiga posten]",
        "Cannot export: a text of the {kind} {name} is {count} characters long, more than an export can hold (about {limit}); shorten it and export again.": "Det går inte att exportera: en text i posten ({kind}) {name} är {count} tecken lång, mer än en export kan rymma (omkring {limit}); korta den och exportera igen.",
    }
)

# From findings to improvement: the action plan, barriers and carried-forward answers.
TEXTS.update(
    {
        "{criterion} is not a criterion of this round.": "{criterion} är inte ett kriterium i den här omgången.",
        "Say what will be done: the action needs a description.": "Skriv vad som ska göras: åtgärden behöver en beskrivning.",
        "An action belongs to a criterion; choose one.": "En åtgärd hör till ett kriterium; välj ett.",
        "That round belongs to another unit.": "Den omgången hör till en annan enhet.",
        "Describe the barrier: “Other” needs a few words.": "Beskriv hindret: ”Annat” behöver några ord.",
        "The round “{round}” is finalised; reopen it to change its answers or barriers.": "Omgången ”{round}” är slutförd; öppna den igen för att ändra dess svar eller hinder.",
        "The action was changed elsewhere (in another window or on another computer) since it was shown here. Your change was not saved.": "Åtgärden har ändrats någon annanstans (i ett annat fönster eller på en annan dator) sedan den visades här. Din ändring sparades inte.",
        "The barrier was changed elsewhere (in another window or on another computer) since it was shown here. Your change was not saved.": "Hindret har ändrats någon annanstans (i ett annat fönster eller på en annan dator) sedan det visades här. Din ändring sparades inte.",
    }
)

# The action plan: the action editor, the plan view, the review of open actions at a new round.
TEXTS.update(
    {
        "Criterion of the action": "Åtgärdens kriterium",
        "What will be done": "Vad ska göras",
        "For example: Agree a joint interview protocol with the police": "Till exempel: Kom överens med polisen om ett gemensamt protokoll för förhör",
        "Not decided": "Inte bestämt",
        "Responsible role": "Ansvarig roll",
        "e.g. Barnahus coordinator": "t.ex. Barnahussamordnare",
        "⚠ This looks like a person's name. Name a role, such as “Barnahus coordinator”, so the plan stays right when people change jobs and no one is named in reports.": "⚠ Det här ser ut som ett personnamn. Ange en roll, till exempel ”Barnahussamordnare”, så att planen stämmer även när personer byter arbete och ingen nämns vid namn i rapporter.",
        "Warning about the responsible role": "Varning om den ansvariga rollen",
        "D&ue by:": "&Klart senast:",
        "The action has a due date": "Åtgärden har ett slutdatum",
        "Tick to give the action a due date": "Kryssa i för att ge åtgärden ett slutdatum",
        "Due date": "Slutdatum",
        "Progress note": "Lägesanteckning",
        "What has been done so far, what is next": "Vad som har gjorts hittills, vad som är nästa steg",
        "&What will be done:": "&Vad ska göras:",
        "The action, in a sentence (required).": "Åtgärden i en mening (obligatoriskt).",
        "The agency that leads the action, if it is decided.": "Den myndighet som leder åtgärden, om det är bestämt.",
        "&Responsible role:": "Ansvarig &roll:",
        "A role, never a person's name.": "En roll, aldrig ett personnamn.",
        "The date the action should be done by.": "Det datum då åtgärden ska vara klar.",
        "&Status:": "&Status:",
        "How far it got.": "Hur långt den har kommit.",
        "Progress &note:": "&Lägesanteckning:",
        "What has been done so far and what is next.": "Vad som har gjorts hittills och vad som är nästa steg.",
        "Save the action": "Spara åtgärden",
        "&Delete…": "&Ta bort…",
        "Delete the action": "Ta bort åtgärden",
        "Delete this action from the plan": "Ta bort åtgärden från planen",
        "Edit action": "Redigera åtgärd",
        "New action": "Ny åtgärd",
        "Say what will be done to save the action.": "Skriv vad som ska göras för att kunna spara åtgärden.",
        "Choose the criterion the action is for.": "Välj det kriterium som åtgärden gäller.",
        "The action is shown as it was saved there. Make your change again if it is still needed, and save.": "Åtgärden visas som den sparades där. Gör din ändring igen om den fortfarande behövs, och spara.",
        "The unit or round of this action was deleted elsewhere (in another window or on another computer), so the action cannot be saved.": "Åtgärdens enhet eller omgång har tagits bort någon annanstans (i ett annat fönster eller på en annan dator), så åtgärden kan inte sparas.",
        "This action was deleted elsewhere (in another window or on another computer) since it was shown here, so your change was not saved. Press Save again to add it to the plan as a new action.": "Åtgärden har tagits bort någon annanstans (i ett annat fönster eller på en annan dator) sedan den visades här, så din ändring sparades inte. Tryck på Spara igen för att lägga till den i planen som en ny åtgärd.",
        "Delete action": "Ta bort åtgärd",
        "Delete the action “{title}” from the plan?\n\nThis cannot be undone.": "Ta bort åtgärden ”{title}” från planen?\n\nDet går inte att ångra.",
        "Delete": "Ta bort",
        "Due": "Klart senast",
        "No date": "Inget datum",
        "⚠ {date} overdue": "⚠ {date}, försenad",
        "Still open %n day(s) after its due date": (
            "Fortfarande öppen %n dag efter slutdatumet",
            "Fortfarande öppen %n dagar efter slutdatumet",
        ),
        "Number of actions": "Antal åtgärder",
        "Filter by status": "Filtrera efter status",
        "Filter by lead agency": "Filtrera efter ansvarig myndighet",
        "Filter by standard": "Filtrera efter standard",
        "O&verdue only": "Bara &försenade",
        "Show overdue actions only": "Visa bara försenade åtgärder",
        "S&tatus:": "Stat&us:",
        "&Agency:": "&Myndighet:",
        "Stan&dard:": "Stan&dard:",
        "Actions of the unit": "Enhetens åtgärder",
        "&New…": "&Ny…",
        "Add an action to the plan": "Lägg till en åtgärd i planen",
        "&Open…": "&Öppna…",
        "See or change the selected action (Enter)": "Visa eller ändra den markerade åtgärden (Enter)",
        "De&lete…": "Ta &bort…",
        "Delete the selected action ({key})": "Ta bort den markerade åtgärden ({key})",
        "&Go to criterion": "&Gå till kriteriet",
        "Show the selected action's criterion in the open round": "Visa den markerade åtgärdens kriterium i den öppna omgången",
        "All": "Alla",
        "Open (planned or in progress)": "Öppna (planerade eller pågående)",
        "All agencies": "Alla myndigheter",
        "Action plan of {unit}": "Handlingsplan för {unit}",
        "{actions}, {overdue}": "{actions}, {overdue}",
        "%n action(s)": ("%n åtgärd", "%n åtgärder"),
        "%n overdue": ("%n försenad", "%n försenade"),
        "{counts} ({shown} shown)": "{counts} ({shown} visas)",
        "No actions yet. Plan what the team will do about a criterion that is not met: press New…, or use “Add action…” on the criterion's page.": "Inga åtgärder än. Planera vad teamet ska göra åt ett kriterium som inte är uppfyllt: tryck på Ny…, eller använd ”Lägg till åtgärd…” på kriteriets sida.",
        "No action matches these filters. Choose “All” in the boxes above, or untick “Overdue only”, to see more.": "Ingen åtgärd matchar de här filtren. Välj ”Alla” i rutorna ovan, eller kryssa ur ”Bara försenade”, för att se fler.",
        "Ac&tion plan": "&Handlingsplan",
        "Every action of the unit across rounds, by due date (press again to go back)": "Alla enhetens åtgärder från alla omgångar, efter slutdatum (tryck igen för att gå tillbaka)",
        "An action is planned in a round. Start a round for this unit first.": "En åtgärd planeras i en omgång. Starta först en omgång för enheten.",
        "That action is no longer in the plan: it was deleted, perhaps in another window.": "Åtgärden finns inte längre i planen: den har tagits bort, kanske i ett annat fönster.",
        "Open a round to add an action to it.": "Öppna en omgång för att lägga till en åtgärd i den.",
        "Action saved.": "Åtgärden har sparats.",
        "Action deleted.": "Åtgärden har tagits bort.",
        "This unit has no round to show the criterion in yet.": "Enheten har ännu ingen omgång att visa kriteriet i.",
        "{criterion} is not a criterion of the open round's standards; choose a round that has it.": "{criterion} är inte ett kriterium i den öppna omgångens standarder; välj en omgång som har det.",
        "Review saved: %n action(s) updated.": (
            "Genomgången har sparats: %n åtgärd uppdaterad.",
            "Genomgången har sparats: %n åtgärder uppdaterade.",
        ),
        # The review of open actions when a round starts.
        "Review the open actions": "Gå igenom de öppna åtgärderna",
        "A new round has started. {unit} has %n open action(s) from earlier rounds: what became of each? “Carry on” leaves an action as it is; “Partly” keeps it in progress with a note on what is left.": (
            "En ny omgång har startat. {unit} har %n öppen åtgärd från tidigare omgångar: hur gick det med den? ”Fortsätter” lämnar en åtgärd som den är; ”Delvis” låter den förbli pågående med en anteckning om vad som återstår.",
            "En ny omgång har startat. {unit} har %n öppna åtgärder från tidigare omgångar: hur gick det med var och en? ”Fortsätter” lämnar en åtgärd som den är; ”Delvis” låter den förbli pågående med en anteckning om vad som återstår.",
        ),
        "&Save the review": "&Spara genomgången",
        "Save the review": "Spara genomgången",
        "&Later": "Se&nare",
        "Later: close without changing the actions": "Senare: stäng utan att ändra åtgärderna",
        "Close without changing the actions; review them any time in the Action plan": "Stäng utan att ändra åtgärderna; gå igenom dem när som helst i handlingsplanen",
        "Action": "Åtgärd",
        "Outcome": "Utfall",
        "Go to": "Gå till",
        "Go to criterion {criterion}": "Gå till kriterium {criterion}",
        "Show this criterion in the new round": "Visa kriteriet i den nya omgången",
        "due {date}": "klart senast {date}",
        "⚠ overdue": "⚠ försenad",
        "What became of “{action}”": "Hur det gick med ”{action}”",
        "Carry on (unchanged)": "Fortsätter (oförändrad)",
        "Done": "Genomförd",
        "Partly (stays in progress)": "Delvis (förblir pågående)",
        "Dropped": "Avbruten",
        "Note on “{action}”": "Anteckning om ”{action}”",
        "What was done, what is left": "Vad som har gjorts, vad som återstår",
        "Add a note to each action marked “Partly”: say what is still to be done.": "Lägg till en anteckning för varje åtgärd som är markerad ”Delvis”: skriv vad som återstår att göra.",
        "Some of these actions were changed or deleted elsewhere (in another window or on another computer) since they were shown here, so nothing was saved. The list now shows them as they are saved; check your choices and save again.": "Några av åtgärderna har ändrats eller tagits bort någon annanstans (i ett annat fönster eller på en annan dator) sedan de visades här, så ingenting sparades. Listan visar dem nu som de är sparade; kontrollera dina val och spara igen.",
        # Names of agencies, action statuses and kinds of barrier (exports, report).
        "Police": "Polis",
        "Prosecution": "Åklagare",
        "Child protection": "Socialtjänst",
        "Health": "Hälso- och sjukvård",
        "Health care": "Hälso- och sjukvård",
        "Mental health": "Psykiatri",
        "Barnahus staff": "Barnahuspersonal",
        "Other": "Annat",
        "Other (describe it)": "Annat (beskriv det)",
        "Planned": "Planerad",
        "In progress": "Pågående",
        "National law or policy": "Nationell lagstiftning eller policy",
        "Funding or resources": "Finansiering eller resurser",
        "Organisation or local practice": "Organisation eller lokal praxis",
        "Not yet started": "Ännu inte påbörjat",
        "Not started yet": "Ännu inte påbörjat",
    }
)

# The criterion page's Improvement section: the barrier and the criterion's actions.
TEXTS.update(
    {
        "Improvement": "Förbättringsarbete",
        "Your team's answer falls short of this criterion: what stands in the way, and what will you do about it?": "Teamets svar når inte upp till kriteriet: vad står i vägen, och vad ska ni göra åt det?",
        "What stands in the way": "Vad som står i vägen",
        "Not recorded": "Inte angivet",
        "About the barrier": "Om hindret",
        "What stands in the &way:": "Vad står i vä&gen:",
        "The main barrier to meeting this criterion; coordinators compare them across units to see which standards national rules block.": "Det främsta hindret för att uppfylla kriteriet; samordnare jämför hindren mellan enheter för att se vilka standarder som hindras av nationella regler.",
        "&About it:": "Om hi&ndret:",
        "⚠ Describe the barrier in a few words: “Other” is saved once it has them.": "⚠ Beskriv hindret med några ord: ”Annat” sparas först när det har en beskrivning.",
        "Actions for this criterion:": "Åtgärder för kriteriet:",
        "Actions for this criterion": "Åtgärder för kriteriet",
        "No action planned for this criterion yet.": "Ingen åtgärd är planerad för kriteriet än.",
        "Add action…": "Lägg till åtgärd…",
        "Plan what your team will do so that this criterion is met": "Planera vad teamet ska göra för att kriteriet ska bli uppfyllt",
        "Open…": "Öppna…",
        "Open the chosen action": "Öppna den valda åtgärden",
        "See or change the chosen action (or double-click it)": "Visa eller ändra den valda åtgärden (eller dubbelklicka på den)",
        "Still open after its due date": "Fortfarande öppen efter slutdatumet",
        "What stands in the way (needed for “Other”)": "Vad som står i vägen (behövs för ”Annat”)",
        "A detail, if it helps (optional)": "En förklaring, om det hjälper (valfritt)",
        "This barrier was changed in another window meanwhile. It now shows what is saved; make your change again if it is still needed.": "Hindret har ändrats i ett annat fönster under tiden. Nu visas det som är sparat; gör din ändring igen om den fortfarande behövs.",
        "Undo": "Ångra",
        "Close the message": "Stäng meddelandet",
    }
)

# Next round from the last: answers carried forward, to confirm.
TEXTS.update(
    {
        "Show &to confirm only": "Visa bara att be&kräfta",
        "%n answer(s) carried forward: confirm (Alt+C) or change each one.": (
            "%n överfört svar: bekräfta det (Alt+C) eller ändra det.",
            "%n överförda svar: bekräfta (Alt+C) eller ändra vart och ett.",
        ),
        "Not confirmed yet: %n answer(s) carried forward from an earlier round, counted as unanswered.": (
            "Ännu inte bekräftat: %n svar som överförts från en tidigare omgång räknas som obesvarat.",
            "Ännu inte bekräftade: %n svar som överförts från en tidigare omgång räknas som obesvarade.",
        ),
        "%n criterion(s) are still flagged for discussion.": (
            "%n kriterium är fortfarande markerat för diskussion.",
            "%n kriterier är fortfarande markerade för diskussion.",
        ),
        "Besides those, %n criterion(s) are still unanswered.": (
            "Dessutom är %n kriterium fortfarande obesvarat.",
            "Dessutom är %n kriterier fortfarande obesvarade.",
        ),
        "Finalise anyway": "Slutför ändå",
        "Go back": "Gå tillbaka",
        "{answer}: carried forward from an earlier round. Not counted until your team confirms or changes it.": "{answer}: överfört från en tidigare omgång. Räknas inte förrän teamet bekräftar eller ändrar det.",
        "{answer}, to confirm": "{answer}, att bekräfta",
        "{symbol} {answer}?": "{symbol} {answer}?",
        "It counts as unanswered until your team confirms it as it is or changes it.": "Det räknas som obesvarat tills teamet bekräftar det som det är eller ändrar det.",
        "Confirm": "Bekräfta",
        "Confirm the answer": "Bekräfta svaret",
        "Keep this answer for this round; it counts from now on ({shortcut})": "Behåll svaret för den här omgången; det räknas från och med nu ({shortcut})",
        "Confirm every answer of this standard still carried forward, as it is (Undo takes it back)": "Bekräfta alla svar i standarden som fortfarande är överförda, som de är (Ångra tar tillbaka det)",
        "↻ Carried forward from “{round}”: confirm or change it": "↻ Överfört från ”{round}”: bekräfta eller ändra det",
        "↻ Carried forward from an earlier round: confirm or change it": "↻ Överfört från en tidigare omgång: bekräfta eller ändra det",
        "Confirm all %n in standard {number}": (
            "Bekräfta %n i standard {number}",
            "Bekräfta alla %n i standard {number}",
        ),
        "Confirm the answers of standard {number}": "Bekräfta svaren i standard {number}",
        "&Confirm this answer": "&Bekräfta svaret",
        "Confirm &all in standard {number} (%n to confirm)": (
            "Bekräfta &alla i standard {number} (%n att bekräfta)",
            "Bekräfta &alla i standard {number} (%n att bekräfta)",
        ),
        "To confirm ({count})": "Att bekräfta ({count})",
        "Confirmed %n answer(s) carried forward: counted in the score from now on.": (
            "%n överfört svar har bekräftats: det räknas i resultatet från och med nu.",
            "%n överförda svar har bekräftats: de räknas i resultatet från och med nu.",
        ),
        "Answers to confirm": "Svar att bekräfta",
        "Answers carried forward from an earlier round count once your team confirms or changes them. View > Show to confirm only lists them.": "Svar som överförts från en tidigare omgång räknas när teamet bekräftar eller ändrar dem. Visa > Visa bara att bekräfta listar dem.",
        "↻ %n answer(s) to confirm": ("↻ %n svar att bekräfta", "↻ %n svar att bekräfta"),
        # The new-round dialog.
        "How the round starts": "Hur omgången startar",
        "Start &from an earlier round:": "Utgå &från en tidigare omgång:",
        "Start from an earlier round": "Utgå från en tidigare omgång",
        "The earlier round to start from": "Den tidigare omgång som omgången utgår från",
        "Its answers, evidence notes, reasons for “not applicable” and flags are copied, each to confirm or change.": "Dess svar, anteckningar om underlag, motiveringar för ”ej tillämpligt” och markeringar kopieras, vart och ett att bekräfta eller ändra.",
        "Its answers, evidence notes and reasons are copied as “carried forward”: they count once your team confirms or changes them.": "Dess svar, anteckningar om underlag och motiveringar kopieras som ”överförda”: de räknas när teamet bekräftar eller ändrar dem.",
        "Also add that round's &respondents (without their answers)": "Lägg också till omgångens &respondenter (utan deras svar)",
        "Their aliases, perspectives and agencies, so they can answer this round too.": "Deras alias, perspektiv och myndigheter, så att de kan svara i den här omgången också.",
        "Start &empty": "Starta &utan tidigare svar",
        "Start empty": "Starta utan tidigare svar",
        "There is no earlier round of this unit to start from.": "Det finns ingen tidigare omgång för enheten att utgå från.",
    }
)

# Password-protected files: the export option and the password prompt.
TEXTS.update(
    {
        "Reading cancelled; the files protected with a password stay refused.": "Läsningen avbröts; de lösenordsskyddade filerna förblir avvisade.",
        "Password needed": "Lösenord krävs",
        "Why Export is not available": "Varför det inte går att exportera",
        "Saved to {path}, protected with a password. Give the password to the recipient another way than the file.": "Sparad i {path}, skyddad med lösenord. Ge lösenordet till mottagaren på ett annat sätt än filen.",
        "Remove the file and add it again to type its password.": "Ta bort filen och lägg till den igen för att skriva in dess lösenord.",
        "Protect with a pass&word": "S&kydda med lösenord",
        "Protect with a password": "Skydda med lösenord",
        "Excel and LibreOffice ask for the password before opening the file.": "Excel och LibreOffice frågar efter lösenordet innan filen öppnas.",
        "Password to protect the file with": "Lösenord att skydda filen med",
        "The same password again": "Samma lösenord igen",
        "The password cannot be recovered: without it nobody can open the file, not even you. Give it to the recipient another way (by phone, say), never in the same email as the file.": "Lösenordet kan inte återskapas: utan det kan ingen öppna filen, inte ens du. Ge det till mottagaren på ett annat sätt (till exempel per telefon), aldrig i samma e-post som filen.",
        "Pa&ssword:": "&Lösenord:",
        "The password to protect the file with.": "Lösenordet som filen ska skyddas med.",
        "Repeat passwor&d:": "&Upprepa lösenordet:",
        "The same password again, to be sure of it.": "Samma lösenord igen, för säkerhets skull.",
        "Type the password to protect the file with.": "Skriv lösenordet som filen ska skyddas med.",
        "Type the password again under Repeat password, to be sure of it.": "Skriv lösenordet igen under Upprepa lösenordet, för säkerhets skull.",
        "The two passwords differ: type the same password in both fields.": "Lösenorden skiljer sig åt: skriv samma lösenord i båda fälten.",
        "{file} is protected with a password, and the password you gave does not open it. Check it (capital letters count) and type it again.": "{file} är skyddad med lösenord, och lösenordet du angav öppnar den inte. Kontrollera det (stora och små bokstäver spelar roll) och skriv det igen.",
        "{file} is protected with a password. Type its password to open it.": "{file} är skyddad med lösenord. Skriv lösenordet för att öppna den.",
        "Folder: {folder}": "Mapp: {folder}",
        "Password of {file}": "Lösenord för {file}",
        "&Password:": "&Lösenord:",
        "The password the file was protected with.": "Lösenordet som filen skyddades med.",
        "Skip this file to leave it out: it stays in the list as refused.": "Hoppa över filen för att utelämna den: den står kvar i listan som avvisad.",
        "&Open": "&Öppna",
        "Open the file with this password": "Öppna filen med det här lösenordet",
        "&Skip this file": "&Hoppa över filen",
        "Skip this file": "Hoppa över filen",
        "Excel and LibreOffice ask for the password before opening each questionnaire. The PDF forms are not protected.": "Excel och LibreOffice frågar efter lösenordet innan varje frågeformulär öppnas. PDF-formulären är inte skyddade.",
        "The Excel questionnaires are protected with a password; the PDFs are not. Give the password to the respondents another way than the files.": "Excel-frågeformulären är skyddade med lösenord, men inte PDF-filerna. Ge lösenordet till respondenterna på ett annat sätt än filerna.",
        "The questionnaires are protected with a password. Give it to the respondents another way than the files.": "Frågeformulären är skyddade med lösenord. Ge det till respondenterna på ett annat sätt än filerna.",
    }
)

# Exports and imports of the action plan and barriers.
TEXTS.update(
    {
        "new actions of the action plan: {count}": "nya åtgärder i handlingsplanen: {count}",
        "conflict: action “{title}” (exists with other content)": "konflikt: åtgärden ”{title}” (finns med annat innehåll)",
        "%n new actions": ("%n ny åtgärd", "%n nya åtgärder"),
        "%n actions replaced": ("%n åtgärd ersatt", "%n åtgärder ersatta"),
        "%n actions kept as imported copies": (
            "%n åtgärd behållen som importerad kopia",
            "%n åtgärder behållna som importerade kopior",
        ),
        "%n conflicting actions skipped": (
            "%n åtgärd i konflikt hoppades över",
            "%n åtgärder i konflikt hoppades över",
        ),
        "action": "åtgärd",
        "barrier": "hinder",
        "an action status ({statuses})": "en status för åtgärden ({statuses})",
        "a kind of barrier ({kinds})": "en typ av hinder ({kinds})",
        "has a barrier for the criterion {criterion}, which the pack {pack} {version} does not have": "har ett hinder för kriteriet {criterion}, som paketet {pack} {version} inte har",
        "Year opened": "Öppnade år",
        "{answer} (to confirm)": "{answer} (att bekräfta)",
        "Barrier": "Hinder",
        "Planned in round": "Planerad i omgång",
        "Page {page} of {pages}": "Sida {page} av {pages}",
    }
)

# The round report for the steering group: File > Report… and the report's own texts.
TEXTS.update(
    {
        "&Report…": "Ra&pport…",
        "Write this round's report for the steering group (PDF or Word)": "Skriv omgångens rapport till styrgruppen (PDF eller Word)",
        "Round report": "Rapport för omgången",
        "A report of “{round}” for the steering group: the summary with the charts, every standard, the criteria not met with their barriers and actions, the action plan and how the score is counted.": "En rapport om ”{round}” till styrgruppen: sammanfattningen med diagrammen, alla standarder, de kriterier som inte är uppfyllda med deras hinder och åtgärder, handlingsplanen och hur resultatet räknas.",
        "Format": "Format",
        "PDF, to print or send": "PDF, för att skriva ut eller skicka",
        "Word, to edit before sending": "Word, för att redigera innan den skickas",
        "Language of the report": "Rapportens språk",
        "Leave out notes, N/A reasons and progress notes (to share)": "Utelämna anteckningar, motiveringar för ej tillämpligt och lägesanteckningar (för att dela)",
        "Round to compare with": "Omgång att jämföra med",
        "The round before (automatic)": "Omgången före (automatiskt)",
        "Paper size": "Pappersstorlek",
        "A4": "A4",
        "US Letter": "US Letter",
        "File to write": "Fil att skriva",
        "&Format:": "&Format:",
        "PDF or Word": "PDF eller Word",
        "The language of the standards and of the report's headings": "Språket för standarderna och rapportens rubriker",
        "The earlier round the summary and the radar compare with": "Den tidigare omgång som sammanfattningen och radardiagrammet jämför med",
        "&Paper:": "&Papper:",
        "The paper size": "Pappersstorleken",
        "F&ile:": "F&il:",
        "Where the report is written": "Var rapporten skrivs",
        "&Write report": "Skriv &rapport",
        "{unit} - {round} - report": "{unit} - {round} - rapport",
        "Writing the report…": "Rapporten skrivs…",
        "Report written": "Rapporten är skriven",
        "The report is written to {path}.": "Rapporten har skrivits till {path}.",
        "&Open the report": "&Öppna rapporten",
        "&Show in folder": "&Visa i mappen",
        "Could not write the report": "Rapporten kunde inte skrivas",
        "The report was not written.\n\n{reason}": "Rapporten skrevs inte.\n\n{reason}",
        "Write the report": "Skriv rapporten",
        "PDF document (*.pdf);;Word document (*.docx)": "PDF-dokument (*.pdf);;Word-dokument (*.docx)",
        "The file could not be written: {reason}": "Filen kunde inte skrivas: {reason}",
        # The report itself.
        "A report is written as PDF (.pdf) or Word (.docx); choose a file name ending in one of them.": "En rapport skrivs som PDF (.pdf) eller Word (.docx); välj ett filnamn som slutar på något av dem.",
        "Unknown paper size {paper}; choose a4 or letter.": "Okänd pappersstorlek {paper}; välj a4 eller letter.",
        "The report could not be written to {path}. {reason}": "Rapporten kunde inte skrivas till {path}. {reason}",
        "{unit}: {round}, self-assessment report": "{unit}: {round}, rapport från självskattningen",
        "The round to compare with ({other}) belongs to another unit; choose a round of the same unit.": "Omgången att jämföra med ({other}) hör till en annan enhet; välj en omgång för samma enhet.",
        "A round cannot be compared with itself; choose an earlier round.": "En omgång kan inte jämföras med sig själv; välj en tidigare omgång.",
        "Score {score} ({met} of {applicable} applicable criteria met), {answered} of {total} answered": "Resultat {score} ({met} av {applicable} tillämpliga kriterier uppfyllda), {answered} av {total} besvarade",
        "draft, not finalised": "utkast, inte slutförd",
        "{title}, version {version} ({pack})": "{title}, version {version} ({pack})",
        "Report made": "Rapporten skapad",
        "Yes: evidence notes, N/A reasons, dissenting views and progress notes are left out.": "Ja: anteckningar om underlag, motiveringar för ej tillämpligt, avvikande uppfattningar och lägesanteckningar är utelämnade.",
        "Self-assessment report": "Rapport från självskattning",
        "{round}, {date}": "{round}, {date}",
        "About the standards": "Om standarderna",
        "Source:": "Källa:",
        "Made with {app} {version}.": "Skapad med {app} {version}.",
        "{score}, with {completeness} of the criteria answered": "{score}, med {completeness} av kriterierna besvarade",
        "Overall score:": "Totalt resultat:",
        "{met} of {applicable} applicable criteria met; {na} not applicable; {unanswered} of {total} not answered.": "{met} av {applicable} tillämpliga kriterier uppfyllda; {na} ej tillämpliga; {unanswered} av {total} inte besvarade.",
        "Score basis:": "Underlag för resultatet:",
        "{count} answers carried forward from an earlier round are not yet confirmed by the team; they count as unanswered.": "{count} svar som överförts från en tidigare omgång har ännu inte bekräftats av teamet; de räknas som obesvarade.",
        "To confirm:": "Att bekräfta:",
        "the team has not agreed any answer yet, so the score pools all respondents' answers.": "teamet har inte kommit överens om något svar än, så resultatet väger samman alla respondenters svar.",
        "the answers the team agreed on (consensus).": "de svar som teamet kom överens om (konsensus).",
        "This is the unit's first round: there is no earlier round to compare with.": "Det här är enhetens första omgång: det finns ingen tidigare omgång att jämföra med.",
        "Compared with {round}:": "Jämfört med {round}:",
        "No change worth noting.": "Ingen förändring värd att nämna.",
        "The overall score rose from {before} to {after} ({change} points).": "Det totala resultatet steg från {before} till {after} ({change} procentenheter).",
        "The overall score fell from {before} to {after} ({change} points).": "Det totala resultatet sjönk från {before} till {after} ({change} procentenheter).",
        "The overall score stayed at {value}.": "Det totala resultatet låg kvar på {value}.",
        "{standard} ({change} points)": "{standard} ({change} procentenheter)",
        "Newly met ({count}): {ids}.": "Nyligen uppfyllda ({count}): {ids}.",
        "No longer met ({count}): {ids}.": "Inte längre uppfyllda ({count}): {ids}.",
        "Still not met ({count}): {ids}.": "Fortfarande inte uppfyllda ({count}): {ids}.",
        "Results by standard": "Resultat per standard",
        "Met / applicable": "Uppfyllda / tillämpliga",
        "Evidence note, N/A reason": "Anteckning om underlag, motivering för ej tillämpligt",
        "{answer} (carried forward, to confirm)": "{answer} (överfört, att bekräfta)",
        "{answer} (no reason given yet)": "{answer} (ingen motivering än)",
        "Not answered": "Inte besvarat",
        "Respondents: {counts}": "Respondenter: {counts}",
        "Not applicable because: {reason}": "Ej tillämpligt eftersom: {reason}",
        "Dissenting view: {view}": "Avvikande uppfattning: {view}",
        "Criteria not met": "Kriterier som inte är uppfyllda",
        "No criterion is answered as not met.": "Inget kriterium är besvarat som ej uppfyllt.",
        "{count} criteria are not met. For each: what stands in the way, and what the team plans to do about it.": "{count} kriterier är inte uppfyllda. För vart och ett: vad som står i vägen och vad teamet planerar att göra åt det.",
        "{action} ({status})": "{action} ({status})",
        "None recorded": "Inget angivet",
        "None planned": "Inga planerade",
        "Actions": "Åtgärder",
        "Perspectives and discussion": "Perspektiv och diskussion",
        "Agreed": "Överenskommet",
        "The score of each standard as each perspective's respondents answered it, beside the answers the team agreed on.": "Resultatet för varje standard enligt svaren från respondenterna i varje perspektiv, bredvid de svar som teamet kom överens om.",
        "Where the respondents disagree": "Där respondenterna är oeniga",
        "The respondents answered every criterion alike.": "Respondenterna svarade lika på alla kriterier.",
        "{count} criteria have differing answers; the {shown} with the most disagreement are listed (0 = all alike, 100 = evenly split).": "{count} kriterier har olika svar; de {shown} med störst oenighet listas (0 = alla lika, 100 = jämnt delade).",
        "No criterion is flagged for discussion.": "Inget kriterium är markerat för diskussion.",
        "Action plan": "Handlingsplan",
        "The unit has no actions planned yet.": "Enheten har inga planerade åtgärder än.",
        "{count} actions of the unit, {open} of them open and {late} overdue on {today}, by due date.": "Enhetens {count} åtgärder, varav {open} öppna och {late} försenade den {today}, efter slutdatum.",
        "Lead agency, role": "Ansvarig myndighet, roll",
        "{status}, overdue": "{status}, försenad",
        "Events": "Händelser",
        "No events are recorded for the unit.": "Inga händelser är registrerade för enheten.",
        "What happened to the unit that may explain a change in its scores.": "Sådant som har hänt enheten och som kan förklara en förändring i dess resultat.",
        "Event": "Händelse",
        "How this assessment was made": "Hur bedömningen gjordes",
        "{count} respondents answered on their own, by perspective: {perspectives}; by agency: {agencies}. The team then agreed on one answer per criterion.": "{count} respondenter svarade var för sig, per perspektiv: {perspectives}; per myndighet: {agencies}. Teamet kom sedan överens om ett svar per kriterium.",
        "Who answered:": "Vilka som svarade:",
        "The team answered together; no respondents answered on their own.": "Teamet svarade tillsammans; inga respondenter svarade var för sig.",
        "Each criterion is answered with one of: {options}. The score of a standard is the share of its applicable answered criteria that are met; a criterion that does not apply, with the reason written down, is left out of the score. Criteria not answered, and not applicable without a reason, count as unanswered: they lower the completeness, not the score. The overall score pools every criterion of the round.": "Varje kriterium besvaras med något av: {options}. Resultatet för en standard är andelen av dess tillämpliga, besvarade kriterier som är uppfyllda; ett kriterium som inte är tillämpligt, med motiveringen nedskriven, räknas inte in i resultatet. Kriterier som inte är besvarade, och ej tillämpliga utan motivering, räknas som obesvarade: de sänker andelen besvarade, inte resultatet. Det totala resultatet väger samman alla kriterier i omgången.",
        "How the score is counted:": "Hur resultatet räknas:",
        "This round was started from an earlier one. {count} answers carried forward from it are not yet confirmed by the team and count as unanswered.": "Omgången startades från en tidigare omgång. {count} svar som överförts därifrån har ännu inte bekräftats av teamet och räknas som obesvarade.",
        "Carried forward:": "Överförda svar:",
    }
)

# The same English, other Swedish: an action's lead agency is the agency that leads the action
# (the unit's lead agency stays "huvudman"); the report's "Opened" is the year the unit opened.
CONTEXT_TEXTS.update(
    {
        ("ActionDialog", "Lead agency"): "Ansvarig myndighet",
        ("ActionDialog", "&Lead agency:"): "Ansvarig &myndighet:",
        ("ActionPlanModel", "Lead agency"): "Ansvarig myndighet",
        ("Report", "Opened"): "Öppnade år",
    }
)

# Comparing units: the barriers and open actions sheets of the comparison export.
TEXTS.update(
    {
        "Barriers": "Hinder",
        "Open actions": "Öppna åtgärder",
        "Named by": "Angivet av",
        "Overdue": "Försenade",
    }
)

# The comparison window's Barriers and Open actions tabs.
TEXTS.update(
    {
        "&Barriers": "&Hinder",
        "&Open actions": "&Öppna åtgärder",
        "No barriers": "Inga hinder",
        "No unit recorded a barrier.": "Ingen enhet har angett något hinder.",
        "A team records what stands in the way of a criterion not met on that criterion's page. Files exported by older versions carry none.": "Ett team anger vad som hindrar ett ej uppfyllt kriterium på kriteriets sida. Filer som exporterats av äldre versioner innehåller inga hinder.",
        "How many units name each kind of barrier for a criterion in their compared round; the criteria most units name come first. Click a heading to sort.": "Hur många enheter som anger varje slags hinder för ett kriterium i sin jämförda omgång; de kriterier som flest enheter anger kommer först. Klicka på en rubrik för att sortera.",
        "No open actions": "Inga öppna åtgärder",
        "No unit has an open action.": "Ingen enhet har någon öppen åtgärd.",
        "A team plans actions on a criterion's page or in its action plan. Files exported by older versions carry none.": "Ett team planerar åtgärder på ett kriteriums sida eller i sin handlingsplan. Filer som exporterats av äldre versioner innehåller inga åtgärder.",
        "Number of open actions": "Antal öppna åtgärder",
        "Total": "Totalt",
        "{barrier}: the units that name it for the criterion": "{barrier}: de enheter som anger det för kriteriet",
        "The units that name a barrier for the criterion": "De enheter som anger ett hinder för kriteriet",
        "What will be done": "Vad ska göras",
        "No date": "Inget datum",
        "⚠ {date} overdue": "⚠ {date}, försenad",
        "Still open after its due date": "Fortfarande öppen efter sitt slutdatum",
        "Open actions: {actions} in {units} of {all} units; overdue: {overdue}.": "Öppna åtgärder: {actions} hos {units} av {all} enheter; försenade: {overdue}.",
    }
)
CONTEXT_TEXTS.update(
    {
        ("CompareWindow", "Lead agency"): "Ansvarig myndighet",
        ("CompareWindow", "Due"): "Klart senast",
        ("CompareWindow", "Responsible role"): "Ansvarig roll",
    }
)

# Across versions of the standards: criteria whose meaning changed are marked, not compared.
TEXTS.update(
    {
        "Changed meaning since (not comparable)": "Ändrad innebörd sedan dess (jämförs inte)",
        "Changed meaning between the versions of the standards the units use, so counted only for the units on version {version}: {criteria}.": "Har ändrat innebörd mellan de versioner av standarderna som enheterna använder och räknas därför bara för enheterna på version {version}: {criteria}.",
        "Changed meaning in the new version of the standards, not compared ({count}): {ids}.": "Har ändrat innebörd i den nya versionen av standarderna och jämförs inte ({count}): {ids}.",
        "Changed meaning in the new version of the standards, not compared: %n criteria": (
            "Har ändrat innebörd i den nya versionen av standarderna, jämförs inte: %n kriterium",
            "Har ändrat innebörd i den nya versionen av standarderna, jämförs inte: %n kriterier",
        ),
        "{answer} (meaning changed since)": "{answer} (innebörden har ändrats sedan dess)",
        "standards version {version}": "standardversion {version}",
    }
)

# Where the criteria come from, where they are answered and scored (issue 15).
TEXTS.update(
    {
        "Criterion worded by PROMISE tracker under Standard {number} of {title}": "Kriteriet är formulerat av PROMISE tracker under standard {number} i {title}",
        "Criterion under Standard {number} of {title}, from a standards pack added on this computer": "Kriterium under standard {number} i {title}, från ett standardpaket som har lagts till på den här datorn",
        "Scores of criteria worded by PROMISE tracker under {title}, pack version {version}": "Resultat för kriterier formulerade av PROMISE tracker under {title}, paketversion {version}",
        "Scores of the criteria of {title}, pack version {version}, a standards pack added on this computer": "Resultat för kriterierna i {title}, paketversion {version}, ett standardpaket som har lagts till på den här datorn",
        "About the wording…": "Om formuleringen…",
        "Where the criteria's wording comes from": "Varifrån kriteriernas formulering kommer",
        "Show who worded the criteria, on what they are based and which text is authoritative": "Visa vem som har formulerat kriterierna, vad de bygger på och vilken text som gäller",
        "Where the criteria come from": "Varifrån kriterierna kommer",
        "Criteria worded by PROMISE tracker under {title}, pack version {version}; the publication is the authoritative text.": "Kriterierna är formulerade av PROMISE tracker under {title}, paketversion {version}; publikationen är den auktoritativa texten.",
        "Provenance: {statement}": "Ursprung: {statement}",
        "Criteria of the standards pack {pack} {version}, which is not shipped with PROMISE tracker: who worded them is said in the units' exports (sheet Summary, row Provenance).": "Kriterierna kommer från standardpaketet {pack} {version}, som inte följer med PROMISE tracker: vem som har formulerat dem står i enheternas exporter (bladet Summary, raden Ursprung).",
    }
)

# Upgrading a draft round to a newer version of its standards pack ("crosswalk": the
# jämförelsetabell that says what each criterion of the old version became).
TEXTS.update(
    {
        "The round “{title}” is finalised. Finalised rounds stay on the version they were assessed with; to assess with version {version}, start a new round with it. Nothing was changed.": "Omgången ”{title}” är slutförd. Slutförda omgångar stannar på den version de bedömdes med; starta en ny omgång med version {version} för att bedöma med den. Ingenting ändrades.",
        "The round “{title}” uses version {current} of {pack}; choose a newer version than that to upgrade to. Nothing was changed.": "Omgången ”{title}” använder version {current} av {pack}; välj en nyare version än den att uppgradera till. Ingenting ändrades.",
        "No crosswalk leads from version {current} to version {version} of {pack}, so it is not known which answers still apply. Add the crosswalk file that comes with the new version to the packs folder, or start a new round with version {version}. Nothing was changed.": "Det finns ingen jämförelsetabell från version {current} till version {version} av {pack}, så det går inte att veta vilka svar som fortfarande gäller. Lägg jämförelsetabellen som följer med den nya versionen i paketmappen, eller starta en ny omgång med version {version}. Ingenting ändrades.",
        "The round “{title}” was made with {pack} {version}, which is not installed here, so its answers cannot be matched to the new version. Add that pack file to the packs folder, then try again. Nothing was changed.": "Omgången ”{title}” gjordes med {pack} {version}, som inte är installerat här, så dess svar kan inte kopplas till den nya versionen. Lägg paketfilen i paketmappen och försök igen. Ingenting ändrades.",
        "Version {version} of the standards pack {pack} is not installed. Add its file to the packs folder, then try again. Nothing was changed.": "Version {version} av standardpaketet {pack} är inte installerad. Lägg dess fil i paketmappen och försök igen. Ingenting ändrades.",
        "The crosswalk from version {current} to {version} of {pack} does not fit the installed packs (it does not account for {ids}). Check it with “promise-tracker validate”, or get it again with the pack. Nothing was changed.": "Jämförelsetabellen från version {current} till {version} av {pack} passar inte de installerade paketen (den tar inte upp {ids}). Kontrollera den med ”promise-tracker validate”, eller hämta den på nytt med paketet. Ingenting ändrades.",
        "Version {version} of {pack} has no answer “{answers}”, which this round uses. Change those answers first, or start a new round with version {version}. Nothing was changed.": "Version {version} av {pack} har inget svar ”{answers}”, som den här omgången använder. Ändra de svaren först, eller starta en ny omgång med version {version}. Ingenting ändrades.",
        "Version {version} of {pack} has no perspective “{perspectives}”, which respondents of this round answer from. Give them another perspective first, or start a new round with version {version}. Nothing was changed.": "Version {version} av {pack} har inget perspektiv ”{perspectives}”, som respondenter i den här omgången svarar utifrån. Ge dem ett annat perspektiv först, eller starta en ny omgång med version {version}. Ingenting ändrades.",
    }
)

# Round > Upgrade to a newer standards version, and its dialog.
TEXTS.update(
    {
        "U&pgrade to a newer standards version…": "&Uppgradera till en nyare version av standarderna…",
        "Move this draft round to a newer installed version of its standards, keeping the answers that still apply": "Flytta det här utkastet till en nyare installerad version av standarderna och behåll de svar som fortfarande gäller",
        "Upgraded to version {version}: %n criterion(s) to answer again. The data as it was before is kept in the backup {file}.": (
            "Uppgraderad till version {version}: %n kriterium ska besvaras igen. Uppgifterna som de var innan finns kvar i säkerhetskopian {file}.",
            "Uppgraderad till version {version}: %n kriterier ska besvaras igen. Uppgifterna som de var innan finns kvar i säkerhetskopian {file}.",
        ),
        "Upgrade to a newer standards version": "Uppgradera till en nyare version av standarderna",
        "Version to upgrade to": "Version att uppgradera till",
        "&Version:": "&Version:",
        "The installed version of the standards to move the round to": "Den installerade version av standarderna som omgången ska flyttas till",
        "Kept": "Behålls",
        "To answer again": "Ska besvaras igen",
        "Leaving the round": "Lämnar omgången",
        "Before the upgrade a backup of all the data is made in {folder}. Restoring it (File > Backups…) undoes the upgrade.": "Före uppgraderingen görs en säkerhetskopia av alla uppgifter i {folder}. Om du återställer den (Arkiv > Säkerhetskopior…) ångras uppgraderingen.",
        "&Upgrade": "&Uppgradera",
        "“{title}” moves from version {old} to version {new} of {pack}. Answers, evidence notes and N/A reasons of criteria that kept their meaning stay; the others are shown as unanswered.": "”{title}” flyttas från version {old} till version {new} av {pack}. Svar, anteckningar om underlag och motiveringar för ej tillämpligt för kriterier som har kvar sin innebörd behålls; de andra visas som obesvarade.",
        "&Kept: %n answer(s)": ("&Behålls: %n svar", "&Behålls: %n svar"),
        "&To answer again: %n criterion(s)": (
            "&Ska besvaras igen: %n kriterium",
            "&Ska besvaras igen: %n kriterier",
        ),
        "&Leaving the round: %n retired criterion(s)": (
            "&Lämnar omgången: %n utgånget kriterium",
            "&Lämnar omgången: %n utgångna kriterier",
        ),
        "was {id}": "var {id}",
        "%n answer(s) removed": ("%n svar tas bort", "%n svar tas bort"),
        "new": "nytt",
        "meaning changed": "ändrad innebörd",
        "split from {id}": "delat från {id}",
        "merged from {id}": "sammanslaget från {id}",
    }
)

# Standards packs: broken user packs at startup, local variants of shipped packs.
TEXTS.update(
    {
        "Some standards packs were not loaded": "Några standardpaket lästes inte in",
        "These standards packs in your packs folder were not loaded. Correct each file as described, or remove it from the folder; then restart PROMISE tracker. Your other packs and your data are not affected.\n\n{problems}": "De här standardpaketen i mappen för paket lästes inte in. Rätta varje fil enligt beskrivningen eller ta bort den ur mappen, och starta sedan om PROMISE tracker. Dina övriga paket och dina uppgifter påverkas inte.\n\n{problems}",
        "{pack} (local variant: {file})": "{pack} (lokal variant: {file})",
        "A local variant: a file in your packs folder that uses the id of a pack shipped with PROMISE tracker but says something else. Choose it only if your team agreed to assess with it.": "En lokal variant: en fil i mappen för paket som har samma id som ett paket som följer med PROMISE tracker men säger något annat. Välj den bara om ni i teamet har kommit överens om att bedöma med den.",
    }
)

# The comparison workbook: criteria whose meaning changed between pack versions.
TEXTS.update(
    {
        "Criteria whose meaning changed between the versions of the standards the units use (counted only for the units on version {version}): {list}": "Kriterier vars innebörd har ändrats mellan de versioner av standarderna som enheterna använder (räknas bara för enheterna på version {version}): {list}",
    }
)

# Accessibility (issue 16): what the assessment views say to screen readers, the header's
# score with its completeness, mnemonics of their own.
TEXTS.update(
    {
        "Criterion": "Kriterium",
        "Ev&idence note": "Anteckning om &underlag",
        "What shows your team's answer; saved as you type": "Det som visar teamets svar; sparas medan du skriver",
        "{id}: no answer": "{id}: inget svar",
        "{id}: answer {answer}": "{id}: svar {answer}",
        "not counted until you write why": "räknas inte förrän du skriver varför",
        "flagged for discussion": "markerad för diskussion",
        "to confirm": "att bekräfta",
        "no answer": "inget svar",
        "{position}: {id}, {statement} Answer: {answer}": "{position}: {id}, {statement} Svar: {answer}",
        "What the overall score counts": "Vad det sammanlagda resultatet räknar",
        "{answered} of {total} answered ({percent} %)": "{answered} av {total} besvarade ({percent} %)",
        "no score yet": "inget resultat än",
        "met of %n answered so far": (
            "uppfyllt av %n besvarat hittills",
            "uppfyllt av %n besvarade hittills",
        ),
        "Overall score. {explanation}": "Sammanlagt resultat. {explanation}",
        "Criterion of standard {number} {title}": "Kriterium under standard {number} {title}",
        "Standard": "Standard",
        "Part of standard {number} {title}": "Del av standard {number} {title}",
        "{title} ({number})": "{title} ({number})",
        "Edi&t unit…": "&Redigera enhet…",
        "De&lete unit…": "&Ta bort enhet…",
        "Show unanswered &only": "Visa bara o&besvarade",
        "Show not &met only": "Visa bara &ej uppfyllda",
        "Show not appli&cable only": "Visa bara ej &tillämpliga",
        "Show to conf&irm only": "Visa bara att be&kräfta",
        "What stands in the wa&y:": "Vad står &i vägen:",
    }
)

# Accessibility (issue 16): the team views, questionnaires, handout and report dialog.
TEXTS.update(
    {
        "Hide criteria the team has &agreed": "Dölj kriterier som teamet har &enats om",
        "Leave out the criteria that already have an agreed answer; shown, they say the answer in the Agreed column": "Utelämna kriterier som redan har ett överenskommet svar; när de visas står svaret i kolumnen Överenskommet",
        "Agreed": "Överenskommet",
        "How the round's score is counted": "Hur omgångens resultat räknas",
        "This round has no respondents yet, so there is nothing to compare. Add the people who answer under Team > Respondents… (Ctrl+Shift+R); their answers show here as they come in.": "Omgången har inga respondenter ännu, så det finns inget att jämföra. Lägg till dem som svarar under Team > Respondenter… (Ctrl+Shift+R); deras svar visas här när de kommer in.",
        "The team has agreed an answer on every criterion that needed discussion. Untick “Hide criteria the team has agreed” to see them again.": "Teamet har enats om ett svar på varje kriterium som behövde diskuteras. Avmarkera ”Dölj kriterier som teamet har enats om” för att se dem igen.",
        "The respondents' answers agree: no criterion needs discussion.": "Respondenternas svar stämmer överens: inget kriterium behöver diskuteras.",
        "No respondents yet.": "Inga respondenter ännu.",
        "The criterion and the respondents' answers": "Kriteriet och respondenternas svar",
        "{position}. {statement} {status}": "{position}. {statement} {status}",
        "&Open folder": "&Öppna mappen",
        "Open &folder": "Öppna &mappen",
        "Show the folder in the file manager.": "Visa mappen i filhanteraren.",
        "Open the folder the questionnaires were written to": "Öppna mappen som enkäterna skrevs till",
        "Nothing more was written: the files could not be saved in {folder}. Check that the folder exists and that you may save files there, or choose another folder.": "Inget mer skrevs: filerna kunde inte sparas i {folder}. Kontrollera att mappen finns och att du får spara filer där, eller välj en annan mapp.",
        "Handout saved": "Åhörarmaterialet är sparat",
        "The handout was saved as “{name}” in {folder}.": "Åhörarmaterialet sparades som ”{name}” i {folder}.",
        "Open the folder the handout was saved in": "Öppna mappen där åhörarmaterialet sparades",
        "The handout could not be saved as {path}. Check that the folder exists, that you may save files there and that the file is not open in another program, then try again.": "Åhörarmaterialet kunde inte sparas som {path}. Kontrollera att mappen finns, att du får spara filer där och att filen inte är öppen i ett annat program, och försök igen.",
        "Views of the standards": "Vyer av standarderna",
    }
)

# Accessibility (issue 16): preferences, the review of open actions.
TEXTS.update(
    {
        "&Restart now": "Starta &om nu",
        "Save the choices, close {app} and open it again in the new language.": "Spara valen, stäng {app} och öppna det igen på det nya språket.",
        "Open actions to review": "Öppna åtgärder att gå igenom",
    }
)

# Accessibility (issue 16): every chart has a table of its numbers.
TEXTS.update(
    {
        "Score (%)": "Resultat (%)",
        "Completeness (%)": "Andel besvarade (%)",
        "State": "Status",
        "Finalised, incomplete": "Slutförd, ofullständig",
        "Answered (%)": "Besvarade (%)",
        "Overall (%)": "Totalt (%)",
        "{status}, changed meaning since (not comparable)": "{status}, ändrad innebörd sedan dess (jämförs inte)",
        "no answers": "inga svar",
        "Draft or incomplete round": "Utkast eller ofullständig omgång",
        "Not in this round": "Finns inte i den här omgången",
        "Show data table": "Visa datatabell",
        "Show chart": "Visa diagram",
        "Show the chart instead of its numbers": "Visa diagrammet i stället för siffrorna",
        "Show the chart's numbers as a table, to read or copy": "Visa diagrammets siffror som en tabell, för att läsa eller kopiera",
        "Copy the whole table as text, to paste into a spreadsheet": "Kopiera hela tabellen som text, för att klistra in i ett kalkylblad",
        "{chart}: data table": "{chart}: datatabell",
        "&Copy": "&Kopiera",
        "Select &all": "Markera &alla",
    }
)

# The trend across versions of the standards (issue 15).
TEXTS.update(
    {
        "Standards {version}": "Standarderna {version}",
        "Version of the standards": "Standardernas version",
        "not known": "okänd",
        "{version}, new: criteria with a changed meaning: {count}": "{version}, ny: kriterier med ändrad innebörd: {count}",
        "{version}, new": "{version}, ny",
    }
)

# Compare units: Esc asks before a comparison's files and aliases are let go.
TEXTS.update(
    {
        "Close the comparison?": "Stänga jämförelsen?",
        "The %n file(s) read and the aliases you gave are not kept: to compare them again, add them again.": (
            "%n inläst fil och de alias du har gett sparas inte: lägg till den igen för att jämföra den igen.",
            "De %n inlästa filerna och de alias du har gett sparas inte: lägg till dem igen för att jämföra dem igen.",
        ),
    }
)

# --- a network's server: connection, roles, history, copy-data, comparison from the database ---
TEXTS.update(
    {
        "units": "enheter",
        "rounds": "bedömningsomgångar",
        "respondents": "respondenter",
        "answers": "svar",
        "events": "händelser",
        "actions": "åtgärder",
        "barriers": "hinder",
        "change records": "ändringsposter",
        "data": "data",
        "this computer": "den här datorn",
        "the service {service}": "tjänsten {service}",
        "The database server did not let the user “{user}” read the {records} of the database “{database}”. The network's administrator gives access to it (promise-tracker server add-member).": "Databasservern "
        "lät inte "
        "användaren "
        "”{user}” "
        "läsa "
        "{records} "
        "i "
        "databasen "
        "”{database}”. "
        "Nätverkets "
        "administratör "
        "ger "
        "behörighet "
        "till den "
        "(promise-tracker "
        "server "
        "add-member).",
        "The database server on {server} did not accept the user name “{user}” with the password given. Check the user name and the password (capitals count) and try again; the network's administrator can set a new password.": "Databasservern "
        "på "
        "{server} "
        "godtog "
        "inte "
        "användarnamnet "
        "”{user}” "
        "med "
        "det "
        "angivna "
        "lösenordet. "
        "Kontrollera "
        "användarnamnet "
        "och "
        "lösenordet "
        "(versaler "
        "räknas) "
        "och "
        "försök "
        "igen; "
        "nätverkets "
        "administratör "
        "kan "
        "ge "
        "dig "
        "ett "
        "nytt "
        "lösenord.",
        "The database server on {server} asks for the password of “{user}”, and none was given. Enter it when PROMISE tracker asks for it, or keep it in a PostgreSQL password file (.pgpass) on this computer.": "Databasservern "
        "på "
        "{server} "
        "frågar "
        "efter "
        "lösenordet "
        "för "
        "”{user}”, "
        "men "
        "inget "
        "angavs. "
        "Skriv "
        "in "
        "det "
        "när "
        "PROMISE "
        "tracker "
        "frågar "
        "efter "
        "det, "
        "eller "
        "spara "
        "det "
        "i "
        "en "
        "lösenordsfil "
        "för "
        "PostgreSQL "
        "(.pgpass) "
        "på "
        "den "
        "här "
        "datorn.",
        "There is no database “{database}” on the database server on {server}. Check the database's name in the address, or ask the network's administrator to set it up (promise-tracker server init).": "Det "
        "finns "
        "ingen "
        "databas "
        "”{database}” "
        "på "
        "databasservern "
        "på "
        "{server}. "
        "Kontrollera "
        "databasens "
        "namn "
        "i "
        "adressen, "
        "eller "
        "be "
        "nätverkets "
        "administratör "
        "att "
        "skapa "
        "den "
        "(promise-tracker "
        "server "
        "init).",
        "No database server answers on {server}: it is not running, or it cannot be reached from this computer. Check the network connection and the server's address, or ask the network's administrator whether the server is running.": "Ingen "
        "databasserver "
        "svarar "
        "på "
        "{server}: "
        "den "
        "är "
        "inte "
        "igång, "
        "eller "
        "kan "
        "inte "
        "nås "
        "från "
        "den "
        "här "
        "datorn. "
        "Kontrollera "
        "nätverksanslutningen "
        "och "
        "serverns "
        "adress, "
        "eller "
        "fråga "
        "nätverkets "
        "administratör "
        "om "
        "servern "
        "är "
        "igång.",
        "The connection to the database server on {server} was lost (the server was restarted, or the network was interrupted). What was being saved was not saved. Try again; if this keeps happening, ask the network's administrator.": "Anslutningen "
        "till "
        "databasservern "
        "på "
        "{server} "
        "bröts "
        "(servern "
        "startades "
        "om, "
        "eller "
        "nätverket "
        "avbröts). "
        "Det "
        "som "
        "höll "
        "på "
        "att "
        "sparas "
        "sparades "
        "inte. "
        "Försök "
        "igen; "
        "om "
        "det "
        "fortsätter "
        "att "
        "hända, "
        "kontakta "
        "nätverkets "
        "administratör.",
        "The database server on {server} has no space left to save this. Nothing was saved; ask the network's administrator to make room on the server.": "Databasservern på {server} har inget utrymme kvar "
        "att spara detta. Ingenting sparades; be nätverkets "
        "administratör att frigöra utrymme på servern.",
        "The user “{user}” may not use the database “{database}” on the database server on {server}. The network's administrator gives access to it (promise-tracker server add-member).": "Användaren "
        "”{user}” får inte "
        "använda databasen "
        "”{database}” på "
        "databasservern på "
        "{server}. "
        "Nätverkets "
        "administratör ger "
        "behörighet till "
        "den "
        "(promise-tracker "
        "server "
        "add-member).",
        "The database server did not let the user “{user}” change these {records}: they belong to a unit “{user}” is not a member of, or the user may only read them. Nothing was saved. The network's administrator gives access to a unit's data (promise-tracker server add-member).": "Databasservern "
        "lät "
        "inte "
        "användaren "
        "”{user}” "
        "ändra "
        "dessa "
        "{records}: "
        "de "
        "hör "
        "till "
        "en "
        "enhet "
        "som "
        "”{user}” "
        "inte "
        "är "
        "medlem "
        "i, "
        "eller "
        "så "
        "får "
        "användaren "
        "bara "
        "läsa "
        "dem. "
        "Ingenting "
        "sparades. "
        "Nätverkets "
        "administratör "
        "ger "
        "behörighet "
        "till "
        "en "
        "enhets "
        "data "
        "(promise-tracker "
        "server "
        "add-member).",
        "The database server did not let the user “{user}” save this change. Nothing was saved. The network's administrator gives access to a unit's data (promise-tracker server add-member).": "Databasservern "
        "lät inte "
        "användaren "
        "”{user}” "
        "spara den "
        "här "
        "ändringen. "
        "Ingenting "
        "sparades. "
        "Nätverkets "
        "administratör "
        "ger "
        "behörighet "
        "till en "
        "enhets data "
        "(promise-tracker "
        "server "
        "add-member).",
        "The database “{database}” on {server}": "Databasen ”{database}” på {server}",
        "{database} is in an older database format ({found}) than this version of PROMISE tracker uses ({head}). Only the network's administrator upgrades it: first a backup with pg_dump, then the command “promise-tracker server upgrade --db-url URL” (see the page for IT staff, docs/server.md). The database has not been changed.": "{database} "
        "har "
        "ett "
        "äldre "
        "databasformat "
        "({found}) "
        "än "
        "det "
        "den "
        "här "
        "versionen "
        "av "
        "PROMISE "
        "tracker "
        "använder "
        "({head}). "
        "Bara "
        "nätverkets "
        "administratör "
        "uppgraderar "
        "den: "
        "först "
        "en "
        "säkerhetskopia "
        "med "
        "pg_dump, "
        "sedan "
        "kommandot "
        "”promise-tracker "
        "server "
        "upgrade "
        "--db-url "
        "URL” "
        "(se "
        "sidan "
        "för "
        "IT-personal, "
        "docs/server.md). "
        "Databasen "
        "har "
        "inte "
        "ändrats.",
        "{database} was set up by a newer version of PROMISE tracker (its database format {format} is unknown to this version, {version}). Install the newer version on this computer to use it; the network's administrator knows which one. The database has not been changed.": "{database} "
        "skapades "
        "av "
        "en "
        "nyare "
        "version "
        "av "
        "PROMISE "
        "tracker "
        "(dess "
        "databasformat "
        "{format} "
        "är "
        "okänt "
        "för "
        "den "
        "här "
        "versionen, "
        "{version}). "
        "Installera "
        "den "
        "nyare "
        "versionen "
        "på "
        "den "
        "här "
        "datorn "
        "för "
        "att "
        "använda "
        "den; "
        "nätverkets "
        "administratör "
        "vet "
        "vilken. "
        "Databasen "
        "har "
        "inte "
        "ändrats.",
        "{database} is not a PROMISE tracker database: it holds other tables. Check the database's name in the address. The database has not been changed.": "{database} är inte en PROMISE tracker-databas: "
        "den innehåller andra tabeller. Kontrollera "
        "databasens namn i adressen. Databasen har inte "
        "ändrats.",
        "The database “{database}” is on the database server on {server}. PROMISE tracker backs up and restores only database files; a server's database is backed up with PostgreSQL's pg_dump and restored with pg_restore by the network's administrator (see docs/server.md).": "Databasen "
        "”{database}” "
        "finns "
        "på "
        "databasservern "
        "på "
        "{server}. "
        "PROMISE "
        "tracker "
        "säkerhetskopierar "
        "och "
        "återställer "
        "bara "
        "databasfiler; "
        "en "
        "servers "
        "databas "
        "säkerhetskopieras "
        "med "
        "PostgreSQL:s "
        "pg_dump "
        "och "
        "återställs "
        "med "
        "pg_restore "
        "av "
        "nätverkets "
        "administratör "
        "(se "
        "docs/server.md).",
        "Upgraded to version {version}: %n criterion(s) to answer again.": (
            "Uppgraderad till version {version}: %n kriterium att besvara igen.",
            "Uppgraderad till version {version}: %n kriterier att besvara igen.",
        ),
        "“{database}” on {host}": "”{database}” på {host}",
        "This database is not set up for a network yet. Run “promise-tracker server init” on it first (docs/server.md).": "Databasen är ännu inte förberedd för ett nätverk. Kör först ”promise-tracker "
        "server init” på den (docs/server.md).",
        "Name at least one unit with --unit (its id or its name).": "Ange minst en enhet med --unit (dess id eller namn).",
        "The server commands need the URL of a PostgreSQL database, such as postgresql+psycopg://ROLE@HOST/DATABASE, not “{url}”. Give it with --db-url or in the environment variable PROMISE_TRACKER_DB_URL.": "Serverkommandona "
        "behöver "
        "adressen "
        "(URL) "
        "till "
        "en "
        "PostgreSQL-databas, "
        "till "
        "exempel "
        "postgresql+psycopg://ROLL@VÄRD/DATABAS, "
        "inte "
        "”{url}”. "
        "Ange "
        "den "
        "med "
        "--db-url "
        "eller "
        "i "
        "miljövariabeln "
        "PROMISE_TRACKER_DB_URL.",
        "The server refused the change to the database {database}, so nothing was changed ({detail}).": "Servern vägrade ändringen av databasen {database}, så ingenting ändrades ({detail}).",
        "The prefix “{prefix}” cannot be used: it must start with a lowercase letter and hold only lowercase letters, digits and _ (at most 40), e.g. promise or network_west.": "Prefixet ”{prefix}” kan "
        "inte användas: det måste "
        "börja med en gemen bokstav "
        "och bara innehålla gemena "
        "bokstäver, siffror och _ "
        "(högst 40), till exempel "
        "promise eller natverk_vast.",
        "“{role}” cannot be used as a role name: use letters, digits and _ . @ - (at most 63, not starting with a digit), e.g. anna.berg.": "”{role}” kan inte användas som rollnamn: använd bokstäver, "
        "siffror och _ . @ - (högst 63, inte först en siffra), till "
        "exempel anna.berg.",
        "The role used for the database {database} may not do this ({detail}). Run the server commands as the owner of the database (a role that may create roles, see docs/server.md); adding members of units may also be done by an administrator.": "Rollen "
        "som "
        "används "
        "för "
        "databasen "
        "{database} "
        "får "
        "inte "
        "göra "
        "detta "
        "({detail}). "
        "Kör "
        "serverkommandona "
        "som "
        "databasens "
        "ägare "
        "(en "
        "roll "
        "som "
        "får "
        "skapa "
        "roller, "
        "se "
        "docs/server.md); "
        "medlemmar "
        "i "
        "enheter "
        "kan "
        "även "
        "läggas "
        "till "
        "av "
        "en "
        "administratör.",
        "The server refused to sign in to the database {database}: wrong role name or password, or the role may not connect. Check the password in ~/.pgpass (or the service file) and ask the server's administrator.": "Servern "
        "vägrade "
        "inloggningen "
        "till "
        "databasen "
        "{database}: "
        "fel "
        "rollnamn "
        "eller "
        "lösenord, "
        "eller "
        "så "
        "får "
        "rollen "
        "inte "
        "ansluta. "
        "Kontrollera "
        "lösenordet "
        "i "
        "~/.pgpass "
        "(eller "
        "servicefilen) "
        "och "
        "fråga "
        "serverns "
        "administratör.",
        "The server does not let this role connect to the database {database} from this computer (or not without TLS). Ask the server's administrator to allow it in pg_hba.conf (docs/server.md, “Let the network's computers connect”).": "Servern "
        "låter "
        "inte "
        "den "
        "här "
        "rollen "
        "ansluta "
        "till "
        "databasen "
        "{database} "
        "från "
        "den "
        "här "
        "datorn "
        "(eller "
        "inte "
        "utan "
        "TLS). "
        "Be "
        "serverns "
        "administratör "
        "att "
        "tillåta "
        "det "
        "i "
        "pg_hba.conf "
        "(docs/server.md, "
        "”Let "
        "the "
        "network's "
        "computers "
        "connect”).",
        "The server of the database {database} could not be verified as the right one ({detail}). Check the host name in the URL (it must be the one in the server's certificate) and the certificate file given as sslrootcert.": "Det "
        "gick "
        "inte "
        "att "
        "bekräfta "
        "att "
        "servern "
        "för "
        "databasen "
        "{database} "
        "är "
        "den "
        "rätta "
        "({detail}). "
        "Kontrollera "
        "värdnamnet "
        "i "
        "adressen "
        "(det "
        "måste "
        "vara "
        "det "
        "som "
        "står "
        "i "
        "serverns "
        "certifikat) "
        "och "
        "certifikatfilen "
        "som "
        "anges "
        "som "
        "sslrootcert.",
        "The database {database} does not exist. Create it first (docs/server.md, “Create the database”).": "Databasen {database} finns inte. Skapa den först (docs/server.md, ”Create the database”).",
        "The server of the database {database} cannot be reached: check the host name, that the server is running and that this computer may connect to it ({detail}).": "Det går inte att nå servern för "
        "databasen {database}: kontrollera "
        "värdnamnet, att servern är igång "
        "och att den här datorn får ansluta "
        "till den ({detail}).",
        "The database {database} was set up by a newer version of PROMISE tracker (database format {format}, unknown to this version, {version}). Use the newer version for the server commands; nothing was changed.": "Databasen "
        "{database} "
        "har "
        "förberetts "
        "av "
        "en "
        "nyare "
        "version "
        "av "
        "PROMISE "
        "tracker "
        "(databasformat "
        "{format}, "
        "okänt "
        "för "
        "den "
        "här "
        "versionen, "
        "{version}). "
        "Använd "
        "den "
        "nyare "
        "versionen "
        "för "
        "serverkommandona; "
        "ingenting "
        "ändrades.",
        "{role} is one of the network's group roles; give the login role of a person instead.": "{role} är en av nätverkets grupproller; ange i stället en persons inloggningsroll.",
        "This database was set up with the prefix “{existing}”, so its roles are {existing}_admin, {existing}_coordinator and {existing}_member. Run init again without --prefix (or with --prefix {existing}); nothing was changed.": "Databasen "
        "förbereddes "
        "med "
        "prefixet "
        "”{existing}”, "
        "så "
        "dess "
        "roller "
        "är "
        "{existing}_admin, "
        "{existing}_coordinator "
        "och "
        "{existing}_member. "
        "Kör "
        "init "
        "igen "
        "utan "
        "--prefix "
        "(eller "
        "med "
        "--prefix "
        "{existing}); "
        "ingenting "
        "ändrades.",
        "The database {database} is not a PROMISE tracker database (it holds other tables and no database format); nothing was changed.": "Databasen {database} är ingen PROMISE tracker-databas (den "
        "innehåller andra tabeller och inget databasformat); ingenting "
        "ändrades.",
        "More than one unit is called “{name}”: give its id instead ({ids}).": "Flera enheter heter ”{name}”: ange i stället enhetens id ({ids}).",
        "There is no unit “{name}” in this database. Give a unit's id or name; the units are: {units}.": "Det finns ingen enhet ”{name}” i databasen. Ange en enhets id eller namn; enheterna är: {units}.",
        "The database {database} holds tables that are not PROMISE tracker's ({tables}). Set up the network in a new, empty database; nothing was changed.": "Databasen {database} innehåller tabeller som "
        "inte hör till PROMISE tracker ({tables}). "
        "Förbered nätverket i en ny, tom databas; "
        "ingenting ändrades.",
        "The database {database} is at an older database format ({old}; this version writes {new}). Back it up with pg_dump and run “promise-tracker server upgrade” first; nothing was changed.": "Databasen "
        "{database} "
        "har ett "
        "äldre "
        "databasformat "
        "({old}; "
        "den här "
        "versionen "
        "skriver "
        "{new}). "
        "Säkerhetskopiera "
        "den med "
        "pg_dump "
        "och kör "
        "först "
        "”promise-tracker "
        "server "
        "upgrade”; "
        "ingenting "
        "ändrades.",
        "Upgrading the database {database} ended at database format {found}, not {head}; it was undone and nothing was changed.": "Uppgraderingen av databasen {database} slutade med databasformat {found}, "
        "inte {head}; den ångrades och ingenting ändrades.",
        "none yet": "inga ännu",
        "{role} is not a member of {units}; nothing was changed.": "{role} är inte medlem i {units}; ingenting ändrades.",
        "{role} is not a member of any unit; nothing was changed.": "{role} är inte medlem i någon enhet; ingenting ändrades.",
        "Bringing the database {database} to database format {head} failed and was undone; nothing was changed ({detail}).": "Det gick inte att föra databasen {database} till databasformat {head}; försöket "
        "ångrades och ingenting ändrades ({detail}).",
        "Hi&story of this criterion…": "Kriteriets än&dringshistorik…",
        "Who changed this criterion's answers, barrier and actions, and when": "Vem som ändrade kriteriets svar, hinder och åtgärder, och när",
        "History of criterion {criterion}": "Ändringshistorik för kriterium {criterion}",
        "Every change saved to criterion {criterion} in the round {round}, newest first: the team's answer, each respondent's, the barrier and the actions.": "Varje ändring som sparats i kriterium "
        "{criterion} i omgången {round}, den senaste "
        "först: teamets svar, varje respondents svar, "
        "hindret och åtgärderna.",
        "About this history": "Om historiken",
        "When": "När",
        "Who": "Vem",
        "Change": "Ändring",
        "Changes to criterion {criterion}, newest first": "Ändringar i kriterium {criterion}, den senaste först",
        "Columns of the history": "Historikens kolumner",
        "No change to this criterion has been saved yet. Changes are recorded from this version of PROMISE tracker on.": "Ingen ändring av kriteriet har sparats ännu. Ändringar registreras från och med den "
        "här versionen av PROMISE tracker.",
        "No history yet": "Ingen historik ännu",
        "Team": "Teamet",
        "A removed respondent": "En borttagen respondent",
        "Added": "Tillagt",
        "Changed": "Ändrat",
        "Removed": "Borttaget",
        "{action}: {details}": "{action}: {details}",
        "{field} {new}": "{field} {new}",
        "{field} was {old}": "{field} var {old}",
        "{field} from {old} to {new}": "{field} från {old} till {new}",
        "flag removed": "markering borttagen",
        "carried forward, to confirm": "överfört, att bekräfta",
        "confirmed": "bekräftat",
        "moved from criterion {old}": "flyttat från kriterium {old}",
        "evidence note": "anteckning om underlag",
        "reason for not applicable": "motivering för ej tillämpligt",
        "dissenting view": "avvikande uppfattning",
        "description": "beskrivning",
        "title": "titel",
        "status": "status",
        "due date": "klart senast",
        "lead agency": "ansvarig myndighet",
        "responsible role": "ansvarig roll",
        "progress note": "lägesanteckning",
        "criterion": "kriterium",
        "{option} {given}: that is not a database PROMISE tracker can copy. Give a database file (a path, or sqlite:///path/to/promise-tracker.sqlite) or a PostgreSQL server database (postgresql+psycopg://user@host/database).": "{option} "
        "{given}: "
        "det "
        "är "
        "ingen "
        "databas "
        "som "
        "PROMISE "
        "tracker "
        "kan "
        "kopiera. "
        "Ange "
        "en "
        "databasfil "
        "(en "
        "sökväg, "
        "eller "
        "sqlite:///sökväg/till/promise-tracker.sqlite) "
        "eller "
        "en "
        "databas "
        "på "
        "en "
        "PostgreSQL-server "
        "(postgresql+psycopg://användare@värd/databas).",
        "{source} is both the source and the target. Nothing was copied.": "{source} är både källa och mål. Ingenting kopierades.",
        "Copying into {target} failed, so nothing was changed there: the role it connects as may not write every row ({reason}). Copy as the owner of the database's tables (the role that ran promise-tracker server init).": "Kopieringen "
        "till "
        "{target} "
        "misslyckades, "
        "så "
        "ingenting "
        "ändrades "
        "där: "
        "rollen "
        "som "
        "den "
        "ansluter "
        "som "
        "får "
        "inte "
        "skriva "
        "alla "
        "rader "
        "({reason}). "
        "Kopiera "
        "som "
        "ägaren "
        "till "
        "databasens "
        "tabeller "
        "(rollen "
        "som "
        "körde "
        "promise-tracker "
        "server "
        "init).",
        "Copying into {target} failed, so nothing was changed there: {reason}": "Kopieringen till {target} misslyckades, så ingenting ändrades där: {reason}",
        "{source} does not exist (or is not a file). Nothing was copied.": "{source} finns inte (eller är ingen fil). Ingenting kopierades.",
        "{source} could not be read: {reason}": "{source} kunde inte läsas: {reason}",
        "{source} is not a PROMISE tracker database (or holds no data yet). Nothing was copied.": "{source} är ingen PROMISE tracker-databas (eller innehåller inga uppgifter än). Ingenting kopierades.",
        "{source} was saved by a newer version of PROMISE tracker (database format {revision}). Update PROMISE tracker on this computer, then copy again. Nothing was copied.": "{source} sparades av en "
        "nyare version av PROMISE "
        "tracker (databasformat "
        "{revision}). Uppdatera "
        "PROMISE tracker på den här "
        "datorn och kopiera sedan "
        "igen. Ingenting kopierades.",
        "{source} was saved by an older version of PROMISE tracker (database format {revision}; this version writes {head}). Upgrade it first: open it once with this version of PROMISE tracker (a server database: promise-tracker server upgrade), then copy again. Nothing was copied.": "{source} "
        "sparades "
        "av "
        "en "
        "äldre "
        "version "
        "av "
        "PROMISE "
        "tracker "
        "(databasformat "
        "{revision}; "
        "den "
        "här "
        "versionen "
        "skriver "
        "{head}). "
        "Uppgradera "
        "den "
        "först: "
        "öppna "
        "den "
        "en "
        "gång "
        "med "
        "den "
        "här "
        "versionen "
        "av "
        "PROMISE "
        "tracker "
        "(en "
        "serverdatabas: "
        "promise-tracker "
        "server "
        "upgrade) "
        "och "
        "kopiera "
        "sedan "
        "igen. "
        "Ingenting "
        "kopierades.",
        "{target} already holds data ({contents}). Nothing was copied. To delete everything in it and put the copied data in its place, run the command again with --replace.": "{target} innehåller redan "
        "uppgifter ({contents}). "
        "Ingenting kopierades. Kör "
        "kommandot igen med --replace "
        "för att radera allt där och "
        "lägga in de kopierade "
        "uppgifterna i stället.",
        "After copying, {target} does not show every row copied (in {tables}), so the copy was undone and nothing was changed there. Copy as the owner of the database's tables (the role that ran promise-tracker server init).": "Efter "
        "kopieringen "
        "visar "
        "{target} "
        "inte "
        "alla "
        "kopierade "
        "rader "
        "(i "
        "{tables}), "
        "så "
        "kopieringen "
        "ångrades "
        "och "
        "ingenting "
        "ändrades "
        "där. "
        "Kopiera "
        "som "
        "ägaren "
        "till "
        "databasens "
        "tabeller "
        "(rollen "
        "som "
        "körde "
        "promise-tracker "
        "server "
        "init).",
        "Copied {source} to {target}:": "Kopierade {source} till {target}:",
        "Database format: {revision}.": "Databasformat: {revision}.",
        "Database {name}": "Databas {name}",
        "no round titled “{title}” by the date chosen": "ingen omgång med titeln ”{title}” fram till det valda datumet",
        "no round titled “{title}”": "ingen omgång med titeln ”{title}”",
        "no round by the date chosen": "ingen omgång fram till det valda datumet",
        "no finalised round titled “{title}” by the date chosen": "ingen slutförd omgång med titeln ”{title}” fram till det valda datumet",
        "no finalised round titled “{title}”": "ingen slutförd omgång med titeln ”{title}”",
        "no finalised round by the date chosen": "ingen slutförd omgång fram till det valda datumet",
        "no finalised round yet (rounds in progress are left out)": "ingen slutförd omgång ännu (pågående omgångar tas inte med)",
        "the unit has no round yet": "enheten har ingen omgång ännu",
        "its round “{round}” uses the standards pack {pack} {version}, which is not installed here; add that pack file to the packs folder": "dess omgång ”{round}” använder standardpaketet {pack} "
        "{version}, som inte är installerat här; lägg paketfilen i "
        "paketmappen",
        "Add units in this database…": "Lägg till enheterna i databasen…",
        "Add every unit of the open database you may read (on a network's server, every unit your sign-in reaches), each on the round you choose": "Lägg till alla enheter i den öppna databasen som du får "
        "läsa (på ett nätverks server alla enheter som din "
        "inloggning når), var och en med den omgång du väljer",
        "Reading the units in the database…": "Läser enheterna i databasen…",
        "The database holds no unit you may read. On a network's server, ask its administrator which units your sign-in may read.": "Databasen innehåller ingen enhet som du får läsa. På ett nätverks server "
        "kan du fråga dess administratör vilka enheter din inloggning får läsa.",
        "Reading the database cancelled; no units were added.": "Läsningen av databasen avbröts; inga enheter lades till.",
        "The units in the database could not be read: {error}": "Enheterna i databasen kunde inte läsas: {error}",
        "Add the export files of the units to compare, or the units in this database.": "Lägg till exportfilerna för de enheter som ska jämföras, eller enheterna i den här databasen.",
        "No round to compare": "Ingen omgång att jämföra",
        "Standards pack not installed": "Standardpaketet är inte installerat",
        "– Left out": "– Utelämnad",
        "{unit} (database)": "{unit} (databas)",
        "Add the units in this database": "Lägg till enheterna i den här databasen",
        "{database}: every unit you may read is added to the comparison, each on one of its rounds. Choose which:": "{database}: alla enheter som du får läsa läggs till i jämförelsen, var och en med en av "
        "sina omgångar. Välj vilken:",
        "Its &latest round": "Dess &senaste omgång",
        "Its latest round on or &before:": "Dess senaste omgång till och &med:",
        "Its latest round &titled:": "Dess senaste omgång med &titeln:",
        "Latest round on or before": "Senaste omgång till och med",
        "Round title": "Omgångens titel",
        "e.g. Self-assessment 2025": "t.ex. Självskattning 2025",
        "Capitals and spaces around the title do not matter.": "Versaler och mellanslag runt titeln spelar ingen roll.",
        "Include rounds in &progress (not finalised yet)": "Ta med &pågående omgångar (ännu inte slutförda)",
        "A round in progress may still change; if less than 80 % of it is answered, the comparison marks it incomplete.": "En pågående omgång kan fortfarande ändras; om mindre än 80 % av den är besvarad "
        "markerar jämförelsen den som ofullständig.",
        "Type the title of the rounds to compare.": "Skriv titeln på de omgångar som ska jämföras.",
        "&Add units": "&Lägg till enheter",
        "Password for the database server": "Lösenord till databasservern",
        "The database server on {server} asks for the password of “{user}” to open the database “{database}”.": "Databasservern på {server} frågar efter lösenordet för ”{user}” för att öppna databasen "
        "”{database}”.",
        "Password of {user} on {server}": "Lösenord för {user} på {server}",
        "The password of your user on the database server.": "Lösenordet för din användare på databasservern.",
        "Wrong password: the server did not accept it for “{user}”. Check it (capital letters count) and type it again.": "Fel lösenord: servern godtog det inte för ”{user}”. Kontrollera det (stora och små "
        "bokstäver spelar roll) och skriv det igen.",
        "The password is kept only while PROMISE tracker is open; it is never saved.": "Lösenordet finns bara kvar medan PROMISE tracker är öppet; det sparas aldrig.",
        "Connecting to the database server": "Ansluter till databasservern",
        "&Connect": "&Anslut",
        "Close PROMISE tracker without opening the data.": "Stäng PROMISE tracker utan att öppna data.",
        "Connecting to the database server…": "Ansluter till databasservern…",
        "Show the other change": "Visa den andra ändringen",
        "Show the answer as it was saved elsewhere, in place of your text.": "Visa svaret så som det sparades på annat håll, i stället för din text.",
        "Answers updated from another computer: %n": (
            "Svar uppdaterade från en annan dator: %n",
            "Svar uppdaterade från en annan dator: %n",
        ),
        "This criterion was changed on another computer while you were writing. Your text stays as you typed it; if you both changed the same thing, you choose which to keep when it is saved.": "Det här "
        "kriteriet "
        "ändrades "
        "på en "
        "annan "
        "dator "
        "medan du "
        "skrev. Din "
        "text står "
        "kvar som "
        "du skrev "
        "den; om ni "
        "båda "
        "ändrade "
        "samma sak "
        "väljer du "
        "vilken som "
        "ska "
        "behållas "
        "när den "
        "sparas.",
    }
)

TEXTS.update(
    {
        "This installation of PROMISE tracker cannot reach PostgreSQL servers: the driver it needs (psycopg) is not installed. Install PROMISE tracker as docs/server.md describes, or ask whoever installed it.": "Den här installationen av PROMISE tracker kan inte ansluta till PostgreSQL-servrar: drivrutinen som behövs (psycopg) är inte installerad. Installera PROMISE tracker enligt docs/server.md, eller fråga den som installerade programmet.",
    }
)

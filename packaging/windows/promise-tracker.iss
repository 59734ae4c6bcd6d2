; Inno Setup 6 script: installs the PROMISE tracker bundle for the current user.
;
; Build the bundle first, then the installer, on Windows:
;   .venv\Scripts\python packaging\build.py --installer
; which runs
;   ISCC /DAppVersion=<promise_tracker.__version__> packaging\windows\promise-tracker.iss
; The version is never written here: it comes from promise_tracker/__init__.py.
;
; - Per-user install without administrator rights, into %LOCALAPPDATA%\Programs.
; - Start menu entry (and, if chosen, a desktop icon) for the windowless launcher.
; - Uninstalling removes the program only. The user's assessments, settings and backups live
;   in %LOCALAPPDATA%\promise-tracker (or the folder given with --data-dir), which this
;   script never installs into and never deletes.

#ifndef AppVersion
  #error Pass the version: ISCC /DAppVersion=X.Y.Z promise-tracker.iss (build.py does this)
#endif
#ifndef BundleDir
  #define BundleDir "..\dist\promise-tracker"
#endif
#define AppName "PROMISE tracker"
#define GuiExe "promise-tracker-gui.exe"

[Setup]
; The id ties upgrades and the uninstaller together: never change it.
AppId={{6E0112C7-600B-5409-9F80-40E5846FAC73}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=The PROMISE tracker team
AppComments=Self-assessment against the European Barnahus Quality Standards
; Non administrative install mode: {autopf} is the user's own Programs folder and
; {autoprograms} the user's Start menu, and no UAC prompt appears.
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\dist
OutputBaseFilename=promise-tracker-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\promise-tracker.ico
UninstallDisplayIcon={app}\{#GuiExe}
UninstallDisplayName={#AppName}
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes
; Offer to close a running PROMISE tracker before files are replaced.
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the whole bundle, so no file of the previous version lingers.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#GuiExe}"; Comment: "Self-assessment against the Barnahus Quality Standards"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#GuiExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#GuiExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only the program folder: anything Python may have left next to the bundle's files.
; The user's data folder is deliberately not listed.
Type: filesandordirs; Name: "{app}\_internal"

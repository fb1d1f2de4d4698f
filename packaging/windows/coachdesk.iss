; Inno Setup 6 script: the Windows installer for the one-folder build in dist\coachdesk.
; Build the application first (docs/packaging.md), then, from the project's root:
;   iscc packaging\windows\coachdesk.iss
; which writes dist\installer\CoachDesk-<version>-setup.exe. Relative paths below are
; relative to this file's folder.
;
; The vault lives in the user's data folder, not in {app}: uninstalling never touches it.

#define AppName "CoachDesk"
; Keep in step with src/coachdesk/__init__.py (tests/packaging/test_installer.py checks it).
#define AppVersion "0.1.0"
#define AppPublisher "The CoachDesk developers"
#define BuildDir "..\..\dist\coachdesk"
; The windowed program for the Start menu; coachdesk.exe beside it is the console program.
#define GuiExe "coachdeskw.exe"

[Setup]
; Fixed forever: Windows knows the installed application (upgrades, uninstall) by this id.
AppId={{48BA86CD-5FAB-4FBA-B3B2-625FE31ADBAD}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
DefaultDirName={autopf}\CoachDesk
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Per-machine by default; the dialog lets a user without admin rights install for themselves
; ({autopf} and {autoprograms} then point into their profile).
PrivilegesRequired=admin
PrivilegesRequiredOverridesAllowed=dialog
; Qt 6 runs on 64-bit Windows 10 and later only.
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\..\dist\installer
OutputBaseFilename=CoachDesk-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
UninstallDisplayName={#AppName}
UninstallDisplayIcon={app}\{#GuiExe}

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "italian"; MessagesFile: "compiler:Languages\Italian.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole one-folder build: the two programs and _internal\.
Source: "{#BuildDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#GuiExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#GuiExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#GuiExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

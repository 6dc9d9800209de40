; Inno Setup 6 recipe for the Windows installer of Talk Moderator.
; It packs the PyInstaller one-folder build (packaging\out\dist\talk-moderator) made by
; packaging\windows\build-windows.ps1, which also passes the version:
;     ISCC.exe /DAppVersion=0.1.0 packaging\windows\talk-moderator.iss
; Output: packaging\out\talk-moderator-<version>-setup.exe
; Built and tested on Windows only (Inno Setup does not run on the Linux build machine).

#ifndef AppVersion
  #error Pass the version: ISCC /DAppVersion=x.y.z talk-moderator.iss
#endif
#define AppName "Talk Moderator"
#define AppExe "talk-moderator.exe"
#define AppUserModelId "org.talkmoderator.TalkModerator"
#define BuildDir "..\out\dist\talk-moderator"

[Setup]
; Never change AppId: Windows uses it to find the installed copy on upgrade and uninstall.
AppId={{D0186037-44C4-49CE-814A-2AD665F7CABB}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Talk Moderator developers
AppPublisherURL=https://talkmoderator.org/
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Per-user install without admin rights is offered; all-users needs elevation.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\out
OutputBaseFilename=talk-moderator-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "german"; MessagesFile: "compiler:Languages\German.isl"
Name: "french"; MessagesFile: "compiler:Languages\French.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#BuildDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; AppUserModelID: "{#AppUserModelId}"
Name: "{autoprograms}\{#AppName} (demo server)"; Filename: "{app}\{#AppExe}"; Parameters: "--demo"; AppUserModelID: "{#AppUserModelId}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; AppUserModelID: "{#AppUserModelId}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; Parla for Windows: per-user install (no administrator rights), Start-menu shortcut,
; uninstaller that keeps chats and models unless the user asks to remove them.
; Built by packaging/build.py on Windows:  makensis -DVERSION=.. -DSOURCE=.. -DOUTFILE=.. parla.nsi
!ifndef VERSION
  !define VERSION "0.0.0"
!endif
!ifndef SOURCE
  !define SOURCE "..\build\dist\parla"
!endif
!ifndef OUTFILE
  !define OUTFILE "parla-setup.exe"
!endif
!ifndef ICON
  !define ICON "..\build\parla.ico"
!endif

Unicode true
Name "Parla"
OutFile "${OUTFILE}"
RequestExecutionLevel user
InstallDir "$LOCALAPPDATA\Programs\Parla"
InstallDirRegKey HKCU "Software\Parla" "InstallDir"
SetCompressor /SOLID lzma

!include "MUI2.nsh"
!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_FINISHPAGE_RUN "$INSTDIR\parla.exe"
!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_COMPONENTS
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "Spanish"
!insertmacro MUI_LANGUAGE "German"
!insertmacro MUI_LANGUAGE "Italian"
!insertmacro MUI_LANGUAGE "French"
!insertmacro MUI_LANGUAGE "Portuguese"
!insertmacro MUI_LANGUAGE "Dutch"

VIProductVersion "${VERSION}.0"
VIAddVersionKey "ProductName" "Parla"
VIAddVersionKey "ProductVersion" "${VERSION}"
VIAddVersionKey "FileDescription" "Parla installer"
VIAddVersionKey "FileVersion" "${VERSION}"
VIAddVersionKey "LegalCopyright" "MIT License"

Section "Parla" SecMain
  SectionIn RO
  SetOutPath "$INSTDIR"
  File /r "${SOURCE}\*.*"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  CreateDirectory "$SMPROGRAMS\Parla"
  CreateShortcut "$SMPROGRAMS\Parla\Parla.lnk" "$INSTDIR\parla.exe"
  WriteRegStr HKCU "Software\Parla" "InstallDir" "$INSTDIR"
  !define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\Parla"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "Parla"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "The Parla developers"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\parla.exe"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
SectionEnd

Section "un.Parla (the program)" UnSecProgram
  SectionIn RO
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\parla.exe"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  RMDir /r "$SMPROGRAMS\Parla"
  DeleteRegKey HKCU "Software\Microsoft\Windows\CurrentVersion\Uninstall\Parla"
  DeleteRegKey HKCU "Software\Parla"
SectionEnd

; Off by default: chats, downloaded models and settings stay unless the user ticks this.
Section /o "un.My chats, models and settings" UnSecData
  RMDir /r "$LOCALAPPDATA\Parla"
SectionEnd

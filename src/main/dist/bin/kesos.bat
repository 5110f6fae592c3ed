@echo off
rem Kesos Kecamatan: starts the application (no command) or the command line (kesos --help).
rem Finds a Java 25 or newer runtime: the bundled runtime, JAVA_HOME, then the usual JDK folders.
setlocal EnableDelayedExpansion
set "APP_HOME=%~dp0.."
set "JAVA_EXE="
if exist "%APP_HOME%\runtime\bin\java.exe" set "JAVA_EXE=%APP_HOME%\runtime\bin\java.exe"
if not defined JAVA_EXE if defined JAVA_HOME call :check "%JAVA_HOME%"
if not defined JAVA_EXE (
  for /d %%D in ("%ProgramFiles%\Eclipse Adoptium\*" "%ProgramFiles%\Java\*" "%ProgramFiles%\Microsoft\*" "%ProgramFiles%\Zulu\*" "%ProgramFiles%\BellSoft\*" "%LOCALAPPDATA%\Programs\Eclipse Adoptium\*" "%USERPROFILE%\.jdks\*") do (
    if not defined JAVA_EXE call :check "%%~D"
  )
)
if not defined JAVA_EXE (
  echo Kesos Kecamatan membutuhkan Java 25 atau lebih baru, dan tidak menemukannya. 1>&2
  echo Pasang JDK 25 ^(mis. Temurin 25^), lalu atur JAVA_HOME ke foldernya. 1>&2
  exit /b 1
)
"%JAVA_EXE%" --enable-native-access=ALL-UNNAMED -Xmx512m %KESOS_JAVA_OPTS% -cp "%APP_HOME%\lib\*" id.kesos.Main %*
exit /b %ERRORLEVEL%

:check
rem Accepts the JDK folder %1 when its release file says JAVA_VERSION 25 or newer.
set "V="
set "MAJOR="
if not exist "%~1\bin\java.exe" goto :eof
for /f "tokens=2 delims==" %%V in ('findstr /b "JAVA_VERSION=" "%~1\release" 2^>nul') do set "V=%%~V"
if not defined V goto :eof
for /f "tokens=1 delims=." %%M in ("!V!") do set "MAJOR=%%M"
if defined MAJOR if !MAJOR! GEQ 25 set "JAVA_EXE=%~1\bin\java.exe"
goto :eof

@echo off
rem Runs congkhai (target\congkhai.jar) with a class-data sharing archive, as bin/congkhai does on
rem Linux and macOS; see that script and docs/benchmarks.md. The archive's name carries the jar's size,
rem so a new jar records a new one; the JVM checks that an archive fits and runs without it otherwise.
rem CONGKHAI_JAR: another jar; CONGKHAI_CDS=0: no archive; CONGKHAI_JAVA_OPTS: more JVM options.
setlocal
rem the commands congkhai suggests (init's next steps) name this launcher rather than the jar
set "CONGKHAI_LAUNCHER=%~f0"
if defined CONGKHAI_JAR (set "JAR=%CONGKHAI_JAR%") else (set "JAR=%~dp0..\target\congkhai.jar")
set "JAVA=java"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\java"
if not exist "%JAR%" (
    chcp 65001 >nul
    echo congkhai.cmd: không thấy %JAR%; hãy đóng gói trước: mvn -B -q package -DskipTests 1>&2
    exit /b 2
)
set "KIND=build"
if /i "%~1"=="check" set "KIND=check"
for %%F in ("%JAR%") do set "ARCHIVE=%%~dpnF-%KIND%-%%~zF.jsa"
set "CDS="
set "RECORD="
if "%CONGKHAI_CDS%"=="0" goto run
if exist "%ARCHIVE%" (
    set "CDS=-Xshare:auto -XX:SharedArchiveFile="%ARCHIVE%" -Xlog:cds*=off"
    goto run
)
if /i "%~1"=="build" set "RECORD=1"
if /i "%~1"=="check" set "RECORD=1"
if defined RECORD set "CDS=-XX:ArchiveClassesAtExit="%ARCHIVE%.tmp" -Xlog:cds*=off"
:run
"%JAVA%" %CDS% %CONGKHAI_JAVA_OPTS% -jar "%JAR%" %*
set "STATUS=%ERRORLEVEL%"
if defined RECORD if exist "%ARCHIVE%.tmp" (
    if "%STATUS%"=="0" (move /y "%ARCHIVE%.tmp" "%ARCHIVE%" >nul) else (del "%ARCHIVE%.tmp")
)
exit /b %STATUS%

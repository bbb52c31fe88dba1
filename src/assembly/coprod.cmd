@echo off
rem coprod launcher for Windows, in the release archive: runs lib\coprod.jar with Java 17 or newer.
rem COPROD_JAVA_OPTS: extra Java options, such as -Xmx256m.
setlocal
where java >nul 2>nul
if errorlevel 1 (
  echo coprod: Java 17 or newer is needed, and java was not found. 1>&2
  exit /b 4
)
set "COPROD_COMMAND=coprod"
java -XX:TieredStopAtLevel=1 %COPROD_JAVA_OPTS% -jar "%~dp0lib\coprod.jar" %*
exit /b %ERRORLEVEL%

@echo off
rem coprod launcher in a runtime image (made by src/dist/runtime-image.sh): runs lib\coprod.jar with the image's
rem own Java, bin\java.exe beside this file, so the machine needs no Java of its own.
rem COPROD_JAVA_OPTS: extra Java options, such as -Xmx256m.
setlocal
set "COPROD_COMMAND=coprod"
"%~dp0java.exe" -XX:TieredStopAtLevel=1 %COPROD_JAVA_OPTS% -jar "%~dp0..\lib\coprod.jar" %*
exit /b %ERRORLEVEL%

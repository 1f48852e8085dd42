@echo off
rem plan-extract from the unpacked release: needs nothing but Java 17 or later (java on the PATH, or JAVA_HOME).
setlocal
set "JAVA_EXE=java"
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "JAVA_EXE=%JAVA_HOME%\bin\java.exe"
"%JAVA_EXE%" %JAVA_OPTS% -jar "%~dp0..\lib\plan-extract.jar" %*
exit /b %ERRORLEVEL%

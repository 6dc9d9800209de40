# Builds the Windows installer from a clean clone: PyInstaller one-folder build, then Inno Setup.
# Run in PowerShell from the repository root on Windows 10/11 (x64):
#     powershell -ExecutionPolicy Bypass -File packaging\windows\build-windows.ps1
# Needs: Python 3.11+ (python.org installer, "py" launcher) and Inno Setup 6 (ISCC.exe on PATH
# or in its default folder). Output: packaging\out\talk-moderator-<version>-setup.exe
# Not run on the Linux build machine; see packaging/README.md.
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..\..")
$root = (Get-Location).Path
$out = Join-Path $root "packaging\out"
New-Item -ItemType Directory -Force -Path $out | Out-Null

$version = (Select-String -Path "app\__init__.py" -Pattern '^__version__ = "(.*)"').Matches[0].Groups[1].Value

$venv = Join-Path $out "venv-windows"
if (-not (Test-Path "$venv\Scripts\python.exe")) { py -3 -m venv $venv }
$py = "$venv\Scripts\python.exe"
& $py -m pip install --quiet --upgrade pip
# Pillow lets PyInstaller turn the PNG icon into the .exe's .ico.
& $py -m pip install --quiet --upgrade $root "pyinstaller>=6.10,<7" pillow
if ($LASTEXITCODE -ne 0) { throw "pip install failed" }
# The translations (.qm) into the package data, then the app again so the wheel carries them.
& $py scripts\translations.py build
if ($LASTEXITCODE -ne 0) { throw "translations build failed" }
& $py -m pip install --quiet --no-deps --force-reinstall $root
if ($LASTEXITCODE -ne 0) { throw "pip install failed" }

$env:QT_QPA_PLATFORM = "offscreen"
& $py packaging\make_icons.py --check
if ($LASTEXITCODE -ne 0) { throw "icons are stale: run packaging\make_icons.py" }
Remove-Item Env:\QT_QPA_PLATFORM

Push-Location $out
try {
    & $py -m PyInstaller --noconfirm --clean --log-level WARN `
        --distpath (Join-Path $out "dist") --workpath (Join-Path $out "work") `
        (Join-Path $root "packaging\talk-moderator.spec")
    if ($LASTEXITCODE -ne 0) { throw "PyInstaller failed" }
} finally { Pop-Location }

# The console twin prints; the windowed exe has no stdout.
& (Join-Path $out "dist\talk-moderator\talk-moderator-cli.exe") --version

$iscc = (Get-Command ISCC.exe -ErrorAction SilentlyContinue).Source
if (-not $iscc) { $iscc = "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe" }
& $iscc "/DAppVersion=$version" packaging\windows\talk-moderator.iss
if ($LASTEXITCODE -ne 0) { throw "Inno Setup failed" }
Write-Host "build-windows: packaging\out\talk-moderator-$version-setup.exe"

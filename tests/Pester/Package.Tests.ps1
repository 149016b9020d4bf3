# Shipping: the .nupkg that build.ps1 -Task Package makes installs with PSResourceGet from a local
# repository and works in a fresh pwsh, as a user would get it.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    $script:Server = Start-TestServer
}

AfterAll { Stop-TestServer $Server }

Describe 'Package' {
    It 'installs with Install-PSResource from a local repository and runs a cmdlet in a fresh pwsh' {
        $packages = Join-Path $TestDrive 'packages'
        $package = New-ModulePackage -ModulePath (Get-TestModulePath) -Destination $packages
        $package | Should -Exist

        # A fresh user: an empty home, so the repository and the install land in a temporary PSModulePath.
        $home_ = New-Item -ItemType Directory (Join-Path $TestDrive 'home')
        $script = {
            param($Packages, $BaseUri)
            $ErrorActionPreference = 'Stop'
            Register-PSResourceRepository -Name local -Uri $Packages -Trusted
            Install-PSResource IntercomPS -Repository local -Scope CurrentUser -TrustRepository
            $installed = Get-Module -ListAvailable IntercomPS
            Import-Module IntercomPS
            Connect-Intercom -BaseUri $BaseUri -AccessToken (ConvertTo-SecureString 'fake-token' -AsPlainText -Force)
            [pscustomobject]@{
                Path    = $installed.Path
                Version = $installed.Version.ToString()
                Tags    = @(Get-IntercomTag).Count
            } | ConvertTo-Json -Compress
        }
        $previousHome = $env:HOME
        try {
            $env:HOME = $home_.FullName
            $json = Invoke-ChildPwsh -NoProfile -NonInteractive -Command $script -args $packages, $Server.BaseUri
        }
        finally { $env:HOME = $previousHome }
        $LASTEXITCODE | Should -Be 0
        $result = $json | Select-Object -Last 1 | ConvertFrom-Json
        $result.Path | Should -BeLike "$($home_.FullName)*"
        $result.Version | Should -Be (Get-ModuleVersion (Resolve-Path (Join-Path $PSScriptRoot '../..')))
        $result.Tags | Should -BeGreaterThan 0
    }
}

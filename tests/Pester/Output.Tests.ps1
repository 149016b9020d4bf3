# Output objects as an admin meets them: CSV export with flat, readable cells; views that load.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-Module (Join-Path (Get-TestModulePath) 'IntercomPS.psd1') -Force
    $script:Server = Start-TestServer
    Connect-TestServer $Server
}

AfterAll { Stop-TestServer $Server }

Describe 'Export-Csv of <Name>' -ForEach @(
    @{ Name = 'tags'; Get = { Get-IntercomTag } }
    @{ Name = 'subscription types'; Get = { Get-IntercomSubscriptionType } }
    @{ Name = 'admins'; Get = { Get-IntercomAdmin } }
    @{ Name = 'the current admin'; Get = { Get-IntercomAdmin -Current } }
    @{ Name = 'activity logs'; Get = { Get-IntercomAdminActivityLog -CreatedAfter (Get-Date).AddYears(-5) } }
    @{ Name = 'the session'; Get = { Get-IntercomSession } }
) {
    It 'gives flat cells, never a .NET type name' {
        $objects = @(& $Get)
        $objects.Count | Should -BeGreaterThan 0
        $csv = $objects | ConvertTo-Csv -NoTypeInformation
        $csv.Count | Should -Be ($objects.Count + 1)
        $csv -join "`n" | Should -Not -Match 'System\.[A-Z]|IntercomPS\.[A-Z]'
    }

    It 'formats as a table and as a list without errors' {
        $objects = @(& $Get)
        { $objects | Format-Table | Out-String } | Should -Not -Throw
        ($objects | Format-List | Out-String) | Should -Not -BeNullOrEmpty
    }
}

# The -Filter translator shared by every Search- cmdlet: PowerShell-style comparisons to Intercom's query tree.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-Module (Join-Path (Get-TestModulePath) 'IntercomPS.psd1') -Force
    function ConvertTo-Query([string] $Filter) {
        [IntercomPS.Infrastructure.SearchFilter]::Translate($Filter) | ConvertTo-Json -Depth 10 -Compress
    }
    function Get-FilterError([string] $Filter) {
        try { [IntercomPS.Infrastructure.SearchFilter]::Translate($Filter) | Out-Null; $null } catch { $_.Exception.InnerException }
    }
}

Describe 'Search filter translation' {
    It 'translates <Filter>' -ForEach @(
        @{ Filter = "email -eq 'a@b.c'"; Json = '{"field":"email","operator":"=","value":"a@b.c"}' }
        @{ Filter = "email -ne 'a@b.c'"; Json = '{"field":"email","operator":"!=","value":"a@b.c"}' }
        @{ Filter = "email -like '*@acme.com'"; Json = '{"field":"email","operator":"$","value":"@acme.com"}' }
        @{ Filter = "name -like 'Jo*'"; Json = '{"field":"name","operator":"^","value":"Jo"}' }
        @{ Filter = "name -like '*smith*'"; Json = '{"field":"name","operator":"~","value":"smith"}' }
        @{ Filter = "name -notlike '*spam*'"; Json = '{"field":"name","operator":"!~","value":"spam"}' }
        @{ Filter = "name -like 'exact'"; Json = '{"field":"name","operator":"=","value":"exact"}' }
        @{ Filter = "session_count -gt 5"; Json = '{"field":"session_count","operator":">","value":5}' }
        @{ Filter = "session_count -ge 5 -and session_count -le 9"; Json = '{"operator":"AND","value":[{"field":"session_count","operator":">=","value":5},{"field":"session_count","operator":"<=","value":9}]}' }
        @{ Filter = "created_at -lt '2026-01-01'"; Json = '{"field":"created_at","operator":"<","value":1767225600}' }
        @{ Filter = "waiting_since -lt '2026-11-01T00:00:00Z'"; Json = '{"field":"waiting_since","operator":"<","value":1793491200}' }
        @{ Filter = "snoozed_until -gt '2026-01-01'"; Json = '{"field":"snoozed_until","operator":">","value":1767225600}' }
        @{ Filter = "role -in 'user','lead'"; Json = '{"field":"role","operator":"IN","value":["user","lead"]}' }
        @{ Filter = "id -notin @(1, 2)"; Json = '{"field":"id","operator":"NIN","value":[1,2]}' }
        @{ Filter = "unsubscribed_from_emails -eq `$true"; Json = '{"field":"unsubscribed_from_emails","operator":"=","value":true}' }
        @{ Filter = "phone -eq `$null"; Json = '{"field":"phone","operator":"=","value":null}' }
        @{ Filter = "custom_attributes.plan -eq 'pro'"; Json = '{"field":"custom_attributes.plan","operator":"=","value":"pro"}' }
        @{ Filter = "state -eq open"; Json = '{"field":"state","operator":"=","value":"open"}' }
        @{ Filter = "a -eq 1 -or b -eq 2 -and c -eq 3"; Json = '{"operator":"OR","value":[{"field":"a","operator":"=","value":1},{"operator":"AND","value":[{"field":"b","operator":"=","value":2},{"field":"c","operator":"=","value":3}]}]}' }
        @{ Filter = "(a -eq 1 -or b -eq 2) -and c -eq 3"; Json = '{"operator":"AND","value":[{"operator":"OR","value":[{"field":"a","operator":"=","value":1},{"field":"b","operator":"=","value":2}]},{"field":"c","operator":"=","value":3}]}' }
        @{ Filter = "a -eq 1 -and (b -eq 2 -and c -eq 3)"; Json = '{"operator":"AND","value":[{"field":"a","operator":"=","value":1},{"field":"b","operator":"=","value":2},{"field":"c","operator":"=","value":3}]}' }
        @{ Filter = "a -ieq 1 -or b -cne 2"; Json = '{"operator":"OR","value":[{"field":"a","operator":"=","value":1},{"field":"b","operator":"!=","value":2}]}' }
    ) {
        ConvertTo-Query $Filter | Should -BeExactly $Json
    }

    It 'rejects <Filter> pointing at position <Position>' -ForEach @(
        @{ Filter = "email -like"; Position = 11; Reason = 'Expected a value' }
        @{ Filter = "email -foo 3"; Position = 6; Reason = "'-foo' is not a supported operator" }
        @{ Filter = "(a -eq 1"; Position = 8; Reason = "Missing ')'" }
        @{ Filter = "a -eq 1 b"; Position = 8; Reason = "Unexpected 'b'" }
        @{ Filter = "a -like '*x*y*'"; Position = 2; Reason = 'cannot be searched' }
        @{ Filter = "a -eq `$env:HOME"; Position = 6; Reason = 'variables are not expanded' }
        @{ Filter = "a -eq 1,2"; Position = 2; Reason = 'use -in for a list' }
        @{ Filter = "-eq 1"; Position = 0; Reason = 'Expected a field name' }
        @{ Filter = "   "; Position = 0; Reason = 'empty' }
    ) {
        $err = Get-FilterError $Filter
        $err | Should -Not -BeNullOrEmpty
        $err.Offset | Should -Be $Position
        $err.Message | Should -Match ([regex]::Escape($Reason))
        $err.Message | Should -Match '^Invalid -Filter'
    }
}

# What users do with data attributes, data events, data export jobs and visitors, against the fake Intercom server.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-Module (Join-Path (Get-TestModulePath) 'IntercomPS.psd1') -Force
    $script:Server = Start-TestServer

    function Get-DataState { Invoke-RestMethod "$($Server.BaseUri)/_fake/data" }
    function Get-Sent([string] $Method, [string] $Path) { @(Get-FakeRequest $Server | Where-Object { $_.method -eq $Method -and $_.path -like $Path }) }
    function Get-TestContact([int] $Count = 3) { (Invoke-IntercomRequest GET 'contacts' -Query @{ per_page = $Count }).data }
}

AfterAll { Stop-TestServer $Server }

Describe 'Data area against the fake Intercom server' {
    BeforeEach {
        Reset-FakeServer $Server
        Connect-TestServer $Server
        Clear-FakeRequest $Server
    }

    Describe 'Data attributes' {
        It 'creates a list attribute, finds it by name, changes its options and archives it' {
            $created = New-IntercomDataAttribute -Name 'tier' -Model company -DataType string -Option 'gold', 'silver' -Description 'Account tier' -Confirm:$false
            $created.PSObject.TypeNames[0] | Should -Be 'IntercomPS.DataAttribute'
            $created.FullName | Should -Be 'custom_attributes.tier'
            $created.Options | Should -Be @('gold', 'silver')
            (Get-Sent POST '/data_attributes')[0].body | ConvertFrom-Json | ForEach-Object { $_.options.value } | Should -Be @('gold', 'silver')

            $found = Get-IntercomDataAttribute -Name 'custom_attributes.ti*' -Model company
            $found.Id | Should -Be $created.Id
            ($found | Set-IntercomDataAttribute -Option 'gold', 'silver', 'bronze' -Confirm:$false).Options | Should -Be @('gold', 'silver', 'bronze')

            $found | Set-IntercomDataAttribute -Archived $true -Force -Confirm:$false | Out-Null
            Get-IntercomDataAttribute -Name tier | Should -BeNullOrEmpty
            (Get-IntercomDataAttribute -Name tier -IncludeArchived).Archived | Should -BeTrue
        }

        It 'Set- sends only the fields given; $null clears the description' {
            Set-IntercomDataAttribute -Id 102 -Description $null -Confirm:$false | Out-Null
            Set-IntercomDataAttribute -Id 102 -MessengerWritable $true -Confirm:$false | Out-Null
            $bodies = Get-Sent PUT '/data_attributes/102' | ForEach-Object { $_.body }
            $bodies[0] | Should -Be '{"description":null}'
            $bodies[1] | Should -Be '{"messenger_writable":true}'
        }

        It 'a refused archive (the attribute is in use) is an error for that attribute; the next piped one is archived' {
            $errors = $null
            Get-IntercomDataAttribute -Model contact | Where-Object Custom | Set-IntercomDataAttribute -Archived $true -Force -Confirm:$false -ErrorVariable errors -ErrorAction SilentlyContinue | Out-Null
            $errors.Count | Should -Be 1
            $errors[0].TargetObject | Should -Be '101'
            $errors[0].FullyQualifiedErrorId | Should -BeLike 'data_invalid,*'
            ((Get-DataState).data_attributes | Where-Object id -eq 102).archived | Should -BeTrue
        }

        It 'archiving asks even with -Confirm:$false, unless -Force is given' {
            $script = {
                param($ModulePath, $BaseUri)
                Import-Module (Join-Path $ModulePath 'IntercomPS.psd1')
                Connect-Intercom -BaseUri $BaseUri -AccessToken (ConvertTo-SecureString 'fake-token' -AsPlainText -Force)
                try { Set-IntercomDataAttribute -Id 102 -Archived $true -Confirm:$false -ErrorAction Stop; 'archived' } catch { "refused: $_" }
            }
            $answer = Invoke-ChildPwsh -NoProfile -NonInteractive -Command $script -args (Get-TestModulePath), $Server.BaseUri
            "$answer" | Should -Match '^refused: .*(prompt|NonInteractive)'
            Get-Sent PUT '/data_attributes/*' | Should -BeNullOrEmpty
        }

        It 'bad input is refused before any request, naming the parameter' {
            { New-IntercomDataAttribute -Name n -Model contact -DataType integer -Option a -Confirm:$false -ErrorAction Stop } | Should -Throw '*-Option*-DataType string*'
            { Set-IntercomDataAttribute -Id 102 -Confirm:$false -ErrorAction Stop } | Should -Throw '*Nothing to change*-Description, -Option, -MessengerWritable, -Archived*'
            { New-IntercomDataAttribute -Name n -Model conversation -DataType string -ErrorAction Stop } | Should -Throw -ExceptionType ([System.Management.Automation.ParameterBindingException])
            @(Get-FakeRequest $Server).Count | Should -Be 0
        }
    }

    Describe 'Data events' {
        It 'sends the rows of a CSV file as events; a bad row is its own error with the event as target, and no row is lost' {
            $c = Get-TestContact
            $csv = Join-Path $TestDrive 'events.csv'
            @(
                [pscustomobject]@{ EventName = 'signed-up'; CreatedAt = '1735689600'; Id = $c[0].id; UserId = ''; Email = ''; Metadata = '{"plan":"pro","seats":3}' }
                [pscustomobject]@{ EventName = 'ordered'; CreatedAt = '2025-01-02T10:00:00Z'; Id = ''; UserId = $c[1].external_id; Email = ''; Metadata = '' }
                [pscustomobject]@{ EventName = 'no-contact'; CreatedAt = '1735689600'; Id = ''; UserId = ''; Email = ''; Metadata = '' }
                [pscustomobject]@{ EventName = 'unknown-user'; CreatedAt = '1735689600'; Id = ''; UserId = 'nobody'; Email = ''; Metadata = '' }
                [pscustomobject]@{ EventName = 'ordered'; CreatedAt = ''; Id = ''; UserId = ''; Email = $c[2].email; Metadata = '' }
            ) | Export-Csv $csv -NoTypeInformation
            Clear-FakeRequest $Server

            $errors = $null
            Import-Csv $csv | Send-IntercomDataEvent -Confirm:$false -ErrorVariable errors -ErrorAction SilentlyContinue

            $errors.Count | Should -Be 2
            $errors.TargetObject.EventName | Should -Be @('no-contact', 'unknown-user')
            $errors[0].FullyQualifiedErrorId | Should -BeLike 'NoContact,*'
            $errors[1].CategoryInfo.Category | Should -Be 'ObjectNotFound'
            $errors[1].TargetObject.UserId | Should -Be 'nobody'
            (Get-Sent POST '/events').Count | Should -Be 4
            $kept = (Get-DataState).data_events
            $kept.event_name | Should -Be @('signed-up', 'ordered', 'ordered')
            $kept.contact_id | Should -Be @($c[0].id, $c[1].id, $c[2].id)
            $kept[0].metadata.plan | Should -Be 'pro'
            $kept[0].metadata.seats | Should -Be 3
            $kept[1].created_at | Should -Be 1735812000
            $kept[2].created_at | Should -BeGreaterThan ([datetimeoffset]::UtcNow.AddMinutes(-5).ToUnixTimeSeconds())
        }

        It 'refuses nested metadata before sending, and warns that Intercom keeps only 10 keys' {
            $id = (Get-TestContact 1).id
            Clear-FakeRequest $Server
            $errors = $null
            Send-IntercomDataEvent -EventName x -Id $id -Metadata @{ a = @{ b = @{ c = 1 } } } -Confirm:$false -ErrorVariable errors -ErrorAction SilentlyContinue
            $errors[0].Exception.Message | Should -Match "-Metadata.*'a' is nested"
            Get-Sent POST '/events' | Should -BeNullOrEmpty

            $many = @{}; 1..11 | ForEach-Object { $many["k$_"] = $_ }
            $warnings = Send-IntercomDataEvent -EventName y -Id $id -Metadata $many -Confirm:$false 3>&1
            "$warnings" | Should -Match 'first 10'
            (Get-Sent POST '/events').Count | Should -Be 1
        }

        It 'lists a piped contact''s events newest first, page by page, and -First stops requesting pages' {
            $contact = Get-TestContact 1
            1..12 | ForEach-Object { [pscustomobject]@{ EventName = "step-$_"; CreatedAt = 1735689600 + $_; Id = $contact.id } } | Send-IntercomDataEvent -Confirm:$false
            Clear-FakeRequest $Server

            $events = [pscustomobject]@{ Id = $contact.id } | Get-IntercomDataEvent -PageSize 5
            $events.EventName | Should -Be (12..1 | ForEach-Object { "step-$_" })
            $events[0].PSObject.TypeNames[0] | Should -Be 'IntercomPS.DataEvent'
            $pages = Get-Sent GET '/events'
            $pages.Count | Should -Be 3
            $pages[1].query | Should -Match 'before='

            Clear-FakeRequest $Server
            Get-IntercomDataEvent -IntercomUserId $contact.id -PageSize 5 | Select-Object -First 3 | Out-Null
            (Get-Sent GET '/events').Count | Should -Be 1
        }

        It 'summarizes events per name, including summaries imported from CSV rows (one object per request)' {
            $c = Get-TestContact 2
            Send-IntercomDataEvent -EventName ordered -UserId $c[0].external_id -CreatedAt 1735689600 -Confirm:$false
            Clear-FakeRequest $Server
            @"
UserId,EventName,Count,First,Last
$($c[0].external_id),ordered,5,1600000000,1700000000
$($c[1].external_id),invited-friend,2,,
"@ | ConvertFrom-Csv | Send-IntercomDataEventSummary -Confirm:$false
            $posts = Get-Sent POST '/events/summaries'
            $posts.Count | Should -Be 2
            ($posts[0].body | ConvertFrom-Json).event_summaries | Should -BeOfType [pscustomobject]
            ($posts[1].body | ConvertFrom-Json).event_summaries.PSObject.Properties.Name | Should -Be @('event_name', 'count')

            $summary = Get-IntercomDataEvent -UserId $c[0].external_id -Summary
            $summary.PSObject.TypeNames[0] | Should -Be 'IntercomPS.DataEventSummary'
            ($summary.Name, $summary.Count, $summary.IntercomUserId) | Should -Be @('ordered', 6, $c[0].id)
            $summary.First | Should -Be ([datetimeoffset]::FromUnixTimeSeconds(1600000000))
            $summary.Last | Should -Be ([datetimeoffset]::FromUnixTimeSeconds(1735689600))
        }
    }

    Describe 'Data export' {
        It 'starts a job; a second start while it runs is a clear error at once, not a retry loop; a cancelled job frees the slot' {
            $job = Start-IntercomDataExport -CreatedAfter '2024-06-01' -CreatedBefore '2024-06-30' -Confirm:$false
            $job.Status | Should -Be 'pending'
            $errors = $null
            $elapsed = Measure-Command { Start-IntercomDataExport -CreatedAfter '2024-07-01' -CreatedBefore '2024-07-31' -Confirm:$false -ErrorVariable errors -ErrorAction SilentlyContinue }
            $elapsed.TotalSeconds | Should -BeLessThan 2
            (Get-Sent POST '/export/content/data').Count | Should -Be 2
            $errors.Count | Should -Be 1
            $errors[0].CategoryInfo.Category | Should -Be 'LimitsExceeded'
            $errors[0].ErrorDetails.RecommendedAction | Should -Match 'one data export job.*Stop-IntercomDataExport'

            ($job | Stop-IntercomDataExport -Confirm:$false).Status | Should -Be 'canceled'
            (Get-Sent POST "/export/cancel/$($job.JobIdentifier)").Count | Should -Be 1
            (Start-IntercomDataExport -CreatedAfter '2024-07-01' -CreatedBefore '2024-07-31' -Confirm:$false).Status | Should -Be 'pending'
        }

        It 'follows a job''s status through the pipeline until it completes' {
            $job = Start-IntercomDataExport -CreatedAfter '2024-06-01' -CreatedBefore '2024-06-30' -Confirm:$false
            ($job | Get-IntercomDataExport).Status | Should -Be 'in_progress'
            $done = [pscustomobject]@{ Id = $job.JobIdentifier } | Get-IntercomDataExport
            $done.Status | Should -Be 'completed'
            $done.DownloadUrl | Should -BeLike "*/download/content/data/$($job.JobIdentifier)"
            $done.DownloadExpiresAt | Should -BeGreaterThan ([datetimeoffset]::UtcNow.AddDays(1))
        }

        It 'Save -Wait polls the status, backing off, and reports a job that found no data without downloading' {
            $job = Start-IntercomDataExport -CreatedAfter '2020-01-01' -CreatedBefore '2020-02-01' -Confirm:$false
            $errors = $null
            $job | Save-IntercomDataExport -Path $TestDrive -Wait -Confirm:$false -ErrorVariable errors -ErrorAction SilentlyContinue
            $errors.Count | Should -Be 1
            $errors[0].Exception.Message | Should -Match 'no_data'
            (Get-Sent GET "/export/content/data/$($job.JobIdentifier)").Count | Should -Be 2
            Get-Sent GET '/download/*' | Should -BeNullOrEmpty
            Get-ChildItem $TestDrive | Should -BeNullOrEmpty
        }

        It 'downloads the gzipped CSV, and with -Expand the CSV, sending Accept: application/octet-stream' {
            $job = Start-IntercomDataExport -CreatedAfter '2024-06-01' -CreatedBefore '2024-06-30' -Confirm:$false
            $gz = $job | Save-IntercomDataExport -Path $TestDrive -Wait -Confirm:$false
            $gz | Should -BeOfType ([System.IO.FileInfo])
            $gz.Name | Should -Be "$($job.JobIdentifier).csv.gz"
            (Get-Sent GET '/download/*')[0].headers.Accept | Should -Be 'application/octet-stream'
            $csv = $job | Save-IntercomDataExport -Path (Join-Path $TestDrive 'export.csv') -Expand -Confirm:$false
            $rows = Import-Csv $csv.FullName
            $rows.Count | Should -Be 3
            $rows[0].name | Should -Be 'Zoë Ó Sé 1'
        }

        It 'without -Wait, a job still running is reported with its status' {
            $job = Start-IntercomDataExport -CreatedAfter '2024-06-01' -CreatedBefore '2024-06-30' -Confirm:$false
            $errors = $null
            $folder = New-Item -ItemType Directory (Join-Path $TestDrive 'still-running')
            $job | Save-IntercomDataExport -Path $folder -Confirm:$false -ErrorVariable errors -ErrorAction SilentlyContinue
            $errors[0].Exception.Message | Should -Match 'still (pending|in_progress): add -Wait'
            Get-ChildItem $folder | Should -BeNullOrEmpty
        }

        It 'refuses to overwrite a file without -Force, and a -Path in a missing folder, before any request' {
            $existing = New-Item (Join-Path $TestDrive 'j1.csv.gz') -Value 'keep me'
            $errors = $null
            Save-IntercomDataExport -JobIdentifier j1 -Path $TestDrive -Confirm:$false -ErrorVariable errors -ErrorAction SilentlyContinue
            $errors[0].CategoryInfo.Category | Should -Be 'ResourceExists'
            Get-Content $existing | Should -Be 'keep me'
            { Save-IntercomDataExport -JobIdentifier j1 -Path (Join-Path $TestDrive 'missing/export.csv.gz') -ErrorAction Stop } | Should -Throw '*-Path*'
            @(Get-FakeRequest $Server).Count | Should -Be 0
        }
    }

    Describe 'Visitors' {
        It 'gets a visitor by user_id and pipes it to Set-IntercomVisitor, which sends only the fields given' {
            $visitor = Get-IntercomVisitor -UserId 'visitor-0001'
            $visitor.PSObject.TypeNames[0] | Should -Be 'IntercomPS.Visitor'
            $visitor.LastRequestAt | Should -Not -BeNullOrEmpty
            $updated = $visitor | Set-IntercomVisitor -Name 'Gareth' -CustomAttributes @{ score = 3; vip = $true } -Confirm:$false
            $updated.Name | Should -Be 'Gareth'
            $updated.CustomAttributes.score | Should -Be 3
            $body = (Get-Sent PUT '/visitors')[0].body | ConvertFrom-Json
            @($body.PSObject.Properties.Name | Sort-Object) | Should -Be @('custom_attributes', 'id', 'name')
            $body.id | Should -Be $visitor.Id

            Set-IntercomVisitor -UserId 'visitor-0002' -Name 'By user id' -Confirm:$false | Out-Null
            ((Get-Sent PUT '/visitors')[1].body | ConvertFrom-Json).user_id | Should -Be 'visitor-0002'
        }

        It 'merges a visitor into an existing user, converts another into a new lead, and the merged visitor is gone' {
            $user = Get-TestContact 1
            $merged = Get-IntercomVisitor -UserId 'visitor-0001' | ConvertTo-IntercomContact -Type user -ContactUserId $user.external_id -Confirm:$false
            $merged.PSObject.TypeNames[0] | Should -Be 'IntercomPS.Contact'
            $merged.Id | Should -Be $user.id
            $lead = ConvertTo-IntercomContact -VisitorEmail 'teal.owl@example.com' -Type lead -ContactEmail 'owl@example.com' -Confirm:$false
            ($lead.Role, $lead.Email) | Should -Be @('lead', 'owl@example.com')
            (Get-DataState).visitor_conversions.merged | Should -Be @($true, $false)

            $errors = $null
            Get-IntercomVisitor -UserId 'visitor-0001', 'visitor-0002' -ErrorVariable errors -ErrorAction SilentlyContinue | ForEach-Object UserId | Should -Be 'visitor-0002'
            $errors[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
            $errors[0].TargetObject | Should -Be 'visitor-0001'
        }

        It 'converting asks for confirmation by default (ConfirmImpact High); bad input is refused before any request' {
            Get-ConfirmImpact ConvertTo-IntercomContact | Should -Be 'High'
            { ConvertTo-IntercomContact -VisitorUserId 'visitor-0001' -Type user -Confirm:$false -ErrorAction Stop } | Should -Throw '*-ContactId, -ContactUserId or -ContactEmail*'
            { Set-IntercomVisitor -Id 'v1' -Confirm:$false -ErrorAction Stop } | Should -Throw '*Nothing to change*-Name, -CustomAttributes*'
            { ConvertTo-IntercomContact -VisitorUserId 'visitor-0001' -Type owner -ContactUserId u -ErrorAction Stop } | Should -Throw -ExceptionType ([System.Management.Automation.ParameterBindingException])
            @(Get-FakeRequest $Server).Count | Should -Be 0
        }
    }

    Describe '-WhatIf' {
        It 'sends no request from any change cmdlet of the data area' {
            New-IntercomDataAttribute -Name n -Model contact -DataType string -WhatIf
            Set-IntercomDataAttribute -Id 102 -Archived $true -WhatIf
            Send-IntercomDataEvent -EventName e -UserId user-000001 -WhatIf
            Send-IntercomDataEventSummary -UserId user-000001 -EventName e -Count 1 -WhatIf
            Start-IntercomDataExport -CreatedAfter '2024-01-01' -CreatedBefore '2024-02-01' -WhatIf
            Stop-IntercomDataExport -JobIdentifier j1 -WhatIf
            Save-IntercomDataExport -JobIdentifier j1 -Path $TestDrive -Wait -WhatIf
            Set-IntercomVisitor -UserId visitor-0001 -Name n -WhatIf
            ConvertTo-IntercomContact -VisitorUserId visitor-0001 -Type user -ContactUserId user-000001 -WhatIf
            @(Get-FakeRequest $Server).Count | Should -Be 0
            Get-ChildItem $TestDrive | Should -BeNullOrEmpty
        }
    }
}

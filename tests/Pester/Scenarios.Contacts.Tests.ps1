# What a user does with contacts and notes, end to end, against the stateful fake Intercom server.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-Module (Join-Path (Get-TestModulePath) 'IntercomPS.psd1') -Force
    $script:Server = Start-TestServer

    function Get-Sent([string] $Method, [string] $Path) {
        @(Get-FakeRequest $Server | Where-Object { $_.method -eq $Method -and $_.path -like $Path })
    }
    function New-AcmeContact {
        'ann@acme.com', 'bob@acme.com', 'cy@acme.com' | ForEach-Object { [pscustomobject]@{ Email = $_; Name = $_.Split('@')[0] } } |
            New-IntercomContact -Confirm:$false
    }
}

AfterAll { Stop-TestServer $Server }

Describe 'Contacts against the fake Intercom server' {
    BeforeEach {
        Reset-FakeServer $Server
        Connect-TestServer $Server
        Clear-FakeRequest $Server
    }

    Describe 'Listing' {
        It 'streams every contact, asking for the largest pages by default' {
            $all = Get-IntercomContact
            @($all).Count | Should -Be 25
            @($all.Id | Select-Object -Unique).Count | Should -Be 25
            $all[0].PSObject.TypeNames[0] | Should -Be 'IntercomPS.Contact'
            (Get-Sent GET '/contacts').query | Should -Be 'per_page=150'
        }

        It '-PageSize sets per_page and each next page follows starting_after' {
            (Get-IntercomContact -PageSize 10 | Measure-Object).Count | Should -Be 25
            $sent = Get-Sent GET '/contacts'
            $sent.Count | Should -Be 3
            $sent[0].query | Should -Be 'per_page=10'
            $sent[1].query | Should -Match '^per_page=10&starting_after=.+'
        }

        It '-First asks only for what it needs and stops the requests' {
            $first = Get-IntercomContact -First 3
            @($first).Count | Should -Be 3
            (Get-Sent GET '/contacts').query | Should -Be 'per_page=3'
            Clear-FakeRequest $Server
            Get-IntercomContact -PageSize 5 | Select-Object -First 7 | Out-Null
            (Get-Sent GET '/contacts').Count | Should -Be 2
        }

        It 'from the third page on, fetches the next page while the current one goes down the pipeline' {
            $seen = 0
            $sentWhenPageThreeArrived = $null
            $all = Get-IntercomContact -PageSize 5 | ForEach-Object {
                if (++$seen -eq 11) {
                    # The pipeline is held here, on the first contact of page 3: only a request made ahead can arrive.
                    $deadline = [DateTime]::UtcNow.AddSeconds(5)
                    while ((Get-Sent GET '/contacts').Count -lt 4 -and [DateTime]::UtcNow -lt $deadline) { Start-Sleep -Milliseconds 20 }
                    $sentWhenPageThreeArrived = (Get-Sent GET '/contacts').Count
                }
                $_
            }
            $sentWhenPageThreeArrived | Should -Be 4
            @($all).Count | Should -Be 25
            @($all.Id | Select-Object -Unique).Count | Should -Be 25
            (Get-Sent GET '/contacts').Count | Should -Be 5
        }

        It 'stopping during a long listing cancels the page fetched ahead, quietly; -First fetches nothing ahead' {
            $errors = $null
            $twelve = Get-IntercomContact -PageSize 5 -ErrorVariable errors | Select-Object -First 12
            @($twelve).Count | Should -Be 12
            $errors | Should -BeNullOrEmpty
            (Get-Sent GET '/contacts').Count | Should -BeLessOrEqual 4

            Clear-FakeRequest $Server
            @(Get-IntercomContact -PageSize 5 -First 12).Count | Should -Be 12
            (Get-Sent GET '/contacts').Count | Should -Be 3 -Because '-First says how much is wanted, so nothing is fetched ahead'
            @(Get-IntercomContact -PageSize 5 -Skip 3 -First 20).Count | Should -Be 20
        }

        It '-IncludeTotalCount reports Intercom''s total_count first' {
            $out = Get-IntercomContact -IncludeTotalCount -First 2
            $out[0].ToString() | Should -Match '25'
        }

        It '-PageSize outside 1..150 is refused before any request' -ForEach @(0, 151) {
            { Get-IntercomContact -PageSize $_ -ErrorAction Stop } | Should -Throw -ExceptionType ([System.Management.Automation.ParameterBindingException])
            @(Get-FakeRequest $Server).Count | Should -Be 0
        }

        It 'gets piped contacts again by id; a missing one is an error for that id only' {
            $two = Get-IntercomContact -First 2
            $missing = [pscustomobject]@{ Id = '659200816e56a257ffffffff' }
            $errors = $null
            $again = $two[0], $missing, $two[1] | Get-IntercomContact -ErrorVariable errors -ErrorAction SilentlyContinue
            @($again.Id) | Should -Be @($two.Id)
            $errors.Count | Should -Be 1
            $errors[0].TargetObject | Should -Be $missing.Id
            $errors[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        }

        It 'contacts have typed nested objects' {
            $contact = Get-IntercomContact -First 1
            $contact.Location.City | Should -Not -BeNullOrEmpty
            $contact.CustomAttributes.signup_source | Should -Not -BeNullOrEmpty
            $contact.Tags.Data.Id | Should -Contain '7001'
            $contact.CreatedAt | Should -BeOfType [datetimeoffset]
            $contact | Format-Table | Out-String | Should -Match $contact.Id
        }
    }

    Describe 'Searching' {
        It 'translates -Filter into Intercom''s query and streams every page' {
            $leads = Search-IntercomContact -Filter "email -like '*@example.com' -and role -eq 'lead'" -PageSize 2
            @($leads).Count | Should -Be 3 -Because 'every fifth seeded contact is a lead, and every other lead has no email'
            $leads.Role | Select-Object -Unique | Should -Be 'lead'
            $sent = Get-Sent POST '/contacts/search'
            $sent.Count | Should -Be 2
            $first = $sent[0].body | ConvertFrom-Json
            $first.query.operator | Should -Be 'AND'
            $first.query.value[0] | Should -MatchExactly '@{field=email; operator=\$; value=@example.com}'
            $first.pagination.per_page | Should -Be 2
            ($sent[1].body | ConvertFrom-Json).pagination.starting_after | Should -Not -BeNullOrEmpty
        }

        It 'sends dates as unix seconds' {
            Search-IntercomContact -Filter "created_at -lt '2024-01-01T00:05:00Z'" | Out-Null
            (((Get-Sent POST '/contacts/search')[0].body | ConvertFrom-Json).query.value) | Should -Be 1704067500
        }

        It 'takes Intercom''s own query shape with -Query' {
            $query = @{ Operator = 'or'; Value = @(@{ field = 'external_id'; operator = '='; value = 'user-000001' }, @{ field = 'external_id'; operator = '='; value = 'user-000002' }) }
            (Search-IntercomContact -Query $query).ExternalId | Should -Be @('user-000001', 'user-000002')
            $sent = (Get-Sent POST '/contacts/search')[0].body | ConvertFrom-Json
            $sent.query.operator | Should -BeExactly 'OR'
        }

        It 'an invalid -Filter fails before any request, pointing at the bad token' {
            $err = $null
            try { Search-IntercomContact -Filter "email -like '*@acme.com' -and last_seen_at -gt" -ErrorAction Stop } catch { $err = $_ }
            $err.FullyQualifiedErrorId | Should -BeLike 'InvalidFilter,*'
            $err.CategoryInfo.Category | Should -Be 'InvalidArgument'
            $err.Exception.Offset | Should -Be 46
            $err.Exception.Message | Should -Match 'position 47'
            ($err.Exception.Message -split "`n")[-1] | Should -Be ('  ' + (' ' * 46) + '^')
            @(Get-FakeRequest $Server).Count | Should -Be 0
        }

        It 'an invalid -Filter is reported as such even without a session' {
            Disconnect-Intercom
            { Search-IntercomContact -Filter 'email -foo 3' -ErrorAction Stop } | Should -Throw -ErrorId 'InvalidFilter,*'
        }

        It 'an invalid -Query fails before any request: <Why>' -ForEach @(
            @{ Why = 'unknown operator'; Query = @{ field = 'email'; operator = 'LIKE'; value = 'x' } }
            @{ Why = 'no field'; Query = @{ operator = '='; value = 'x' } }
            @{ Why = 'AND without a list'; Query = @{ operator = 'AND'; value = 'x' } }
            @{ Why = 'unknown key'; Query = @{ field = 'email'; operator = '='; value = 'x'; nested = 1 } }
        ) {
            { Search-IntercomContact -Query $Query -ErrorAction Stop } | Should -Throw -ErrorId 'InvalidQuery,*'
            @(Get-FakeRequest $Server).Count | Should -Be 0
        }

        It 'a query Intercom refuses is an error naming the filter' {
            $errors = $null
            Search-IntercomContact -Filter "created_at -gt 'soon'" -ErrorVariable errors -ErrorAction SilentlyContinue | Out-Null
            $errors[0].CategoryInfo.Category | Should -Be 'InvalidArgument'
            $errors[0].TargetObject | Should -Be "created_at -gt 'soon'"
        }
    }

    Describe 'Changing contacts through the pipeline' {
        It 'Search-IntercomContact -Filter ... | Set-IntercomContact -CustomAttribute sends only that field' {
            $acme = New-AcmeContact
            Clear-FakeRequest $Server
            $updated = Search-IntercomContact -Filter "email -like '*@acme.com'" | Set-IntercomContact -CustomAttribute @{ plan = 'pro' } -Confirm:$false
            @($updated).Count | Should -Be 3
            $updated.CustomAttributes.plan | Select-Object -Unique | Should -Be 'pro'
            $puts = Get-Sent PUT '/contacts/*'
            @($puts.path | Sort-Object) | Should -Be @($acme.Id | ForEach-Object { "/contacts/$_" } | Sort-Object)
            $puts.body | Select-Object -Unique | Should -Be '{"custom_attributes":{"plan":"pro"}}'
            (Search-IntercomContact -Filter "custom_attributes.plan -eq 'pro'").Email | Sort-Object | Should -Be @('ann@acme.com', 'bob@acme.com', 'cy@acme.com')
            (Get-IntercomContact -Id $acme[0].Id).CustomAttributes.Keys | Should -Contain 'plan'
        }

        It 'Search-IntercomContact ... | Add-IntercomContactTag -TagName tags them in one request' {
            $acme = New-AcmeContact
            Clear-FakeRequest $Server
            $tag = Search-IntercomContact -Filter "email -like '*@acme.com'" | Add-IntercomContactTag -TagName vip -Confirm:$false
            $tag.Name | Should -Be 'VIP' -Because 'tag names are found case-insensitively'
            $post = Get-Sent POST '/tags'
            $post.Count | Should -Be 1
            @(($post[0].body | ConvertFrom-Json).users.id | Sort-Object) | Should -Be @($acme.Id | Sort-Object)
            (Search-IntercomContact -Filter "tag_id -eq '$($tag.Id)'" | Measure-Object).Count | Should -Be 4 -Because 'the first seeded contact is a VIP too'
        }

        It 'Set-IntercomContact sends only the bound fields, and an explicit $null clears one' {
            $contact = Get-IntercomContact -First 1
            Clear-FakeRequest $Server
            $updated = $contact | Set-IntercomContact -Name 'Ada L.' -Phone $null -LastSeenAt '2026-01-02T00:00:00Z' -UnsubscribedFromEmails $true -Confirm:$false
            (Get-Sent PUT '/contacts/*')[0].body | Should -Be '{"phone":null,"name":"Ada L.","last_seen_at":1767312000,"unsubscribed_from_emails":true}'
            $updated.Name | Should -Be 'Ada L.'
            $updated.Phone | Should -BeNullOrEmpty
            $updated.Email | Should -Be $contact.Email
            $updated.UnsubscribedFromEmails | Should -BeTrue
        }

        It 'a custom attribute set to $null is removed, the others are kept' {
            $contact = Get-IntercomContact -First 1 | Set-IntercomContact -CustomAttribute @{ plan = 'pro'; seats = 3 } -Confirm:$false
            $after = $contact | Set-IntercomContact -CustomAttribute @{ plan = $null } -Confirm:$false
            $after.CustomAttributes.Keys | Should -Not -Contain 'plan'
            $after.CustomAttributes.seats | Should -Be 3
            $after.CustomAttributes.signup_source | Should -Not -BeNullOrEmpty
        }

        It 'Set-IntercomContact with nothing to change fails before any request' {
            { Get-IntercomContact -First 1 | Set-IntercomContact -ErrorAction Stop } | Should -Throw -ErrorId 'NothingToChange,*'
            @(Get-Sent PUT '*').Count | Should -Be 0
        }

        It 'a conflicting change is an error for that contact; the next one goes on' {
            $two = Get-IntercomContact -First 2
            $errors = $null
            $result = $two | Set-IntercomContact -ExternalId 'user-000002' -Confirm:$false -ErrorVariable errors -ErrorAction SilentlyContinue
            $errors.Count | Should -Be 1
            $errors[0].TargetObject | Should -Be $two[0].Id
            $errors[0].CategoryInfo.Category | Should -Be 'ResourceExists'
            $result.Id | Should -Be $two[1].Id
        }
    }

    Describe 'Creating contacts' {
        It 'creates contacts from CSV rows, leaving out empty cells' {
            $rows = @'
Email,Name,Phone,Role
dee@acme.com,Dee,,
,Eve,+3531555,lead
'@ | ConvertFrom-Csv
            $created = $rows | New-IntercomContact -Confirm:$false
            @($created).Count | Should -Be 2
            $bodies = (Get-Sent POST '/contacts').body
            $bodies[0] | Should -Be '{"email":"dee@acme.com","name":"Dee"}'
            $bodies[1] | Should -Be '{"role":"lead","phone":"+3531555","name":"Eve"}'
            $created[1].Role | Should -Be 'lead'
            (Get-IntercomContact | Measure-Object).Count | Should -Be 27
        }

        It 'a piped object without a property sends nothing for it, whatever the previous object had' {
            $rows = [pscustomobject]@{ Email = 'one@acme.com'; Name = 'One' }, [pscustomobject]@{ ExternalId = 'two-2' }
            $created = $rows | New-IntercomContact -Confirm:$false
            @($created).Count | Should -Be 2
            (Get-Sent POST '/contacts')[1].body | Should -Be '{"external_id":"two-2"}'
        }

        It 'sends every field with its JSON type' {
            $contact = New-IntercomContact -Email 'full@acme.com' -ExternalId 'ext-9' -Role user -Name 'Full' -Phone '+1' -Avatar 'https://example.com/a.png' `
                -SignedUpAt '2025-06-01T00:00:00Z' -OwnerId 991267002 -UnsubscribedFromEmails $false -CustomAttribute @{ seats = 5 } -Confirm:$false
            $body = (Get-Sent POST '/contacts')[0].body | ConvertFrom-Json -AsHashtable
            $body.signed_up_at | Should -Be 1748736000
            $body.owner_id | Should -Be 991267002
            $body.unsubscribed_from_emails | Should -BeFalse
            $body.custom_attributes.seats | Should -Be 5
            $contact.Avatar.ImageUrl | Should -Be 'https://example.com/a.png'
            $contact.OwnerId | Should -Be 991267002
            $contact.SignedUpAt | Should -Be ([datetimeoffset]'2025-06-01T00:00:00Z')
        }

        It 'a row without email, external id or role is an error for that row; the others are created' {
            $errors = $null
            $rows = [pscustomobject]@{ Email = 'ok@acme.com' }, [pscustomobject]@{ Name = 'nobody' }, [pscustomobject]@{ ExternalId = 'x-1' }
            $created = $rows | New-IntercomContact -Confirm:$false -ErrorVariable errors -ErrorAction SilentlyContinue
            @($created).Count | Should -Be 2
            $errors.Count | Should -Be 1
            $errors[0].FullyQualifiedErrorId | Should -BeLike 'ContactIdentityMissing,*'
            $errors[0].TargetObject | Should -Be 'nobody'
            (Get-Sent POST '/contacts').Count | Should -Be 2
        }

        It 'a second user with the same email is a ResourceExists error' {
            $err = $null
            New-IntercomContact -Email 'same@acme.com' -Confirm:$false | Out-Null
            try { New-IntercomContact -Email 'same@acme.com' -Confirm:$false -ErrorAction Stop } catch { $err = $_ }
            $err.CategoryInfo.Category | Should -Be 'ResourceExists'
            $err.FullyQualifiedErrorId | Should -BeLike 'conflict,*'
        }
    }

    Describe 'Deleting, merging and archiving' {
        It 'Remove-IntercomContact deletes; -PassThru shows Intercom''s answer; the contact is gone' {
            $contact = New-IntercomContact -Email 'gone@acme.com' -ExternalId 'gone-1' -Confirm:$false
            Remove-IntercomContact -Id $contact.Id -Confirm:$false | Should -BeNullOrEmpty
            { Get-IntercomContact -Id $contact.Id -ErrorAction Stop } | Should -Throw -ErrorId 'not_found,*'
            $other = New-IntercomContact -Email 'gone2@acme.com' -Confirm:$false
            $answer = $other | Remove-IntercomContact -PassThru -Confirm:$false
            $answer.PSObject.TypeNames[0] | Should -Be 'IntercomPS.DeletedObject'
            $answer.Deleted | Should -BeTrue
            $answer.Id | Should -Be $other.Id
        }

        It 'Merge-IntercomContact merges a lead into a user: the lead is gone and its tags move' {
            $lead = Search-IntercomContact -Filter "role -eq 'lead'" -First 1
            $user = Get-IntercomContact -First 1
            Add-IntercomContactTag -Id $lead.Id -TagId 7003 -Confirm:$false | Out-Null
            $merged = $lead | Merge-IntercomContact -Into $user.Id -Confirm:$false
            $merged.Id | Should -Be $user.Id
            ((Get-Sent POST '/contacts/merge')[0].body | ConvertFrom-Json).from | Should -Be $lead.Id
            { Get-IntercomContact -Id $lead.Id -ErrorAction Stop } | Should -Throw -ErrorId 'not_found,*'
            (Get-IntercomContactTag -Id $user.Id).Id | Should -Contain '7003'
            (Get-IntercomContact | Measure-Object).Count | Should -Be 24
        }

        It 'merging a user is refused by Intercom as an invalid argument' {
            $users = Search-IntercomContact -Filter "role -eq 'user'" -First 2
            { Merge-IntercomContact -Id $users[0].Id -Into $users[1].Id -Confirm:$false -ErrorAction Stop } | Should -Throw -ErrorId 'parameter_invalid,*'
        }

        It 'Disable-IntercomContact archives and Enable-IntercomContact unarchives' {
            $contact = Get-IntercomContact -First 1
            $contact | Disable-IntercomContact -Confirm:$false | Should -BeNullOrEmpty
            (Get-IntercomContact).Id | Should -Not -Contain $contact.Id
            $state = $contact | Enable-IntercomContact -PassThru
            $state.PSObject.TypeNames[0] | Should -Be 'IntercomPS.ContactArchiveState'
            $state.Archived | Should -BeFalse
            (Get-IntercomContact).Id | Should -Contain $contact.Id
            ($contact | Disable-IntercomContact -PassThru -Confirm:$false).Archived | Should -BeTrue
        }

        It '-WhatIf sends nothing for any change' {
            $contact = Get-IntercomContact -First 1
            Clear-FakeRequest $Server
            New-IntercomContact -Email 'what@if.com' -WhatIf
            $contact | Set-IntercomContact -Name 'x' -WhatIf
            $contact | Remove-IntercomContact -WhatIf
            $contact | Merge-IntercomContact -Into $contact.Id -WhatIf
            $contact | Disable-IntercomContact -WhatIf
            $contact | Enable-IntercomContact -WhatIf
            $contact | New-IntercomContactNote -Body 'x' -WhatIf
            @(Get-FakeRequest $Server).Count | Should -Be 0
        }
    }

    Describe 'A contact''s companies, segments and subscriptions' {
        It 'lists them for piped contacts' {
            $contact = Get-IntercomContact -First 1
            $company = $contact | Get-IntercomContactCompany
            $company.PSObject.TypeNames[0] | Should -Be 'IntercomPS.Company'
            $company.Id | Should -Be $contact.Companies.Data[0].Id
            $company.CompanyId | Should -Be 'ext-0001'
            $segment = $contact | Get-IntercomContactSegment
            $segment.PersonType | Should -Be 'user'
            Add-IntercomContactSubscription -Id $contact.Id -SubscriptionTypeId 1002 -ConsentType opt_in -Confirm:$false | Out-Null
            ($contact | Get-IntercomContactSubscription).Id | Should -Be '1002'
        }

        It 'pages a contact''s companies with -PageSize' {
            Get-IntercomContact -First 1 | Get-IntercomContactCompany -PageSize 5 | Out-Null
            (Get-Sent GET '/contacts/*/companies')[0].query | Should -Be 'page=1&per_page=5'
        }
    }

    Describe 'Notes' {
        It 'adds a note as the connected admin, lists a contact''s notes and gets one by id' {
            $contact = Get-IntercomContact -First 1
            $note = $contact | New-IntercomContactNote -Body 'Renewal call booked' -Confirm:$false
            $note.PSObject.TypeNames[0] | Should -Be 'IntercomPS.Note'
            $note.Author.Id | Should -Be (Get-IntercomSession).Admin.Id
            ((Get-Sent POST '/contacts/*/notes')[0].body | ConvertFrom-Json).admin_id | Should -Be (Get-IntercomSession).Admin.Id
            $notes = $contact | Get-IntercomContactNote
            $notes[0].Id | Should -Be $note.Id
            @($notes).Count | Should -Be 3
            ($note | Get-IntercomNote).Body | Should -Be '<p>Renewal call booked</p>'
        }

        It '-AdminId writes the note as another admin' {
            $note = Get-IntercomContact -First 1 | New-IntercomContactNote -Body 'x' -AdminId 991267002 -Confirm:$false
            $note.Author.Name | Should -Be 'Grace Hopper'
        }

        It 'pages a contact''s notes and -First stops early' {
            $contact = Get-IntercomContact -First 1
            1..4 | ForEach-Object { New-IntercomContactNote -Id $contact.Id -Body "n$_" -Confirm:$false } | Out-Null
            Clear-FakeRequest $Server
            @($contact | Get-IntercomContactNote -PageSize 2).Count | Should -Be 6
            (Get-Sent GET '/contacts/*/notes').Count | Should -Be 3
            Clear-FakeRequest $Server
            @($contact | Get-IntercomContactNote -PageSize 2 -First 3).Count | Should -Be 3
            (Get-Sent GET '/contacts/*/notes').Count | Should -Be 2
        }

        It 'a note for a missing contact is an error for that contact' {
            $errors = $null
            New-IntercomContactNote -Id '659200816e56a257ffffffff' -Body 'x' -Confirm:$false -ErrorVariable errors -ErrorAction SilentlyContinue
            $errors[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
            $errors[0].TargetObject | Should -Be '659200816e56a257ffffffff'
        }
    }
}

Describe 'Streaming a large workspace' {
    It 'Get-IntercomContact | Measure-Object streams 9,000 contacts with constant memory' {
        $big = Start-TestServer @('--contacts', '9000')
        try {
            $session = Connect-Intercom -BaseUri $big.BaseUri -AccessToken (ConvertTo-TestToken) -PassThru
            $samples = [System.Collections.Generic.List[long]]::new()
            $seen = 0
            $measured = Get-IntercomContact -Session $session | ForEach-Object {
                if (++$seen -in 1500, 9000) { $samples.Add([GC]::GetTotalMemory($true)) }
                $_
            } | Measure-Object
            $measured.Count | Should -Be 9000
            # Holding 7,500 contacts would take about 24 MB; streaming keeps the growth to noise.
            ($samples[1] - $samples[0]) / 1MB | Should -BeLessThan 8
        }
        finally { Stop-TestServer $big }
    }
}

Describe 'Contact cmdlet metadata' {
    It '<Name> has ConfirmImpact <Impact>' -ForEach @(
        @{ Name = 'Remove-IntercomContact'; Impact = 'High' }
        @{ Name = 'Merge-IntercomContact'; Impact = 'High' }
        @{ Name = 'Disable-IntercomContact'; Impact = 'High' }
        @{ Name = 'Enable-IntercomContact'; Impact = 'Medium' }
        @{ Name = 'Set-IntercomContact'; Impact = 'Medium' }
        @{ Name = 'New-IntercomContact'; Impact = 'Medium' }
        @{ Name = 'New-IntercomContactNote'; Impact = 'Medium' }
    ) {
        Get-ConfirmImpact $Name | Should -Be $Impact
    }

    It 'New-IntercomContact -Role completes user and lead, takes an empty CSV cell, and refuses anything else' {
        (TabExpansion2 -inputScript 'New-IntercomContact -Role l' -cursorColumn 27).CompletionMatches.CompletionText | Should -Be 'lead'
        { New-IntercomContact -Role admin -WhatIf -ErrorAction Stop } | Should -Throw -ExceptionType ([System.Management.Automation.ParameterBindingException])
        $offline = Connect-Intercom -BaseUri 'http://127.0.0.1:9' -AccessToken (ConvertTo-TestToken) -SkipValidation -PassThru
        { [pscustomobject]@{ Email = 'a@b.c'; Role = '' } | New-IntercomContact -Session $offline -WhatIf -ErrorAction Stop } | Should -Not -Throw
        { [pscustomobject]@{ Email = 'a@b.c'; Role = $null } | New-IntercomContact -Session $offline -WhatIf -ErrorAction Stop } | Should -Not -Throw
        $line = 'IntercomPS\New-IntercomContact -Role '
        (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches.CompletionText | Should -Be @('user', 'lead')
    }

    It 'Set-IntercomContact binds only -Id from the pipeline, so a piped contact''s own fields are never sent' {
        $bound = (Get-Command Set-IntercomContact).Parameters.Values | Where-Object { $_.Attributes.Where({ $_ -is [System.Management.Automation.ParameterAttribute] -and ($_.ValueFromPipelineByPropertyName -or $_.ValueFromPipeline) }) }
        $bound.Name | Should -Be 'Id'
    }
}

# Spec conformance of the contact and note cmdlets: each operation (and body variant) called through its cmdlet
# against Prism serving the official API description. A request that breaks the description gets a 4xx, which the
# cmdlet reports as an error (and -ErrorAction Stop turns into a failure); the example answers must deserialize
# into the declared output type.
BeforeDiscovery {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    $script:HasMock = Test-MockAvailable
}

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    if (Test-MockAvailable) {
        $script:BaseUrl = Connect-TestPrism
    }
}

AfterAll {
    if (Test-MockAvailable) { Stop-TestPrism }
}

# Empty = $true: the description's example answer is an empty list, so only the request is checked.
Describe 'Prism conformance: <Operation>' -Skip:(-not $HasMock) -ForEach @(
    @{ Operation = 'ListContacts'; Type = 'IntercomPS.Contact'; Empty = $true; Call = { param($e) Get-IntercomContact -PageSize 25 @e } }
    @{ Operation = 'ShowContact'; Type = 'IntercomPS.Contact'; Call = { param($e) Get-IntercomContact -Id '63a07ddf05a32042dffac965' @e } }
    @{ Operation = 'SearchContacts (filter)'; Type = 'IntercomPS.Contact'; Empty = $true; Call = { param($e) Search-IntercomContact -Filter "email -like '*@acme.com' -and (last_seen_at -gt '2026-01-01' -or role -in 'user','lead')" -PageSize 5 @e } }
    @{ Operation = 'SearchContacts (query)'; Type = 'IntercomPS.Contact'; Empty = $true; Call = { param($e) Search-IntercomContact -Query @{ operator = 'AND'; value = @(@{ field = 'created_at'; operator = '>'; value = '1306054154' }) } @e } }
    @{ Operation = 'CreateContact'; Type = 'IntercomPS.Contact'; Call = { param($e) New-IntercomContact -Email 'joebloggs@intercom.io' -Confirm:$false @e } }
    @{ Operation = 'CreateContact (every field)'; Type = 'IntercomPS.Contact'; Call = {
            param($e)
            New-IntercomContact -Role user -Email 'joe@example.com' -ExternalId '625e90fc55ab113b6d92175f' -Phone '+353871234567' -Name 'Joe' `
                -Avatar 'https://www.example.com/avatar_image.jpg' -SignedUpAt '2024-01-01' -LastSeenAt ([datetimeoffset]::UtcNow) -OwnerId 123 `
                -UnsubscribedFromEmails $true -CustomAttribute @{ paid_subscriber = $true; monthly_spend = 155.5; team_mates = 1 } -Confirm:$false @e
        }
    }
    @{ Operation = 'CreateContact (lead by role)'; Type = 'IntercomPS.Contact'; Call = { param($e) New-IntercomContact -Role lead -Confirm:$false @e } }
    @{ Operation = 'UpdateContact'; Type = 'IntercomPS.Contact'; Call = { param($e) Set-IntercomContact -Id '63a07ddf05a32042dffac965' -Email 'joebloggs@intercom.io' -Name 'joe bloggs' -CustomAttribute @{ plan = 'pro' } -Confirm:$false @e } }
    @{ Operation = 'UpdateContact (clearing fields with $null)'; Type = 'IntercomPS.Contact'; Call = { param($e) Set-IntercomContact -Id '63a07ddf05a32042dffac965' -Name $null -Phone $null -Avatar $null -SignedUpAt $null -OwnerId $null -UnsubscribedFromEmails $null -Confirm:$false @e } }
    @{ Operation = 'DeleteContact'; Type = 'IntercomPS.DeletedObject'; Call = { param($e) Remove-IntercomContact -Id '63a07ddf05a32042dffac965' -PassThru -Confirm:$false @e } }
    @{ Operation = 'MergeContact'; Type = 'IntercomPS.Contact'; Call = { param($e) Merge-IntercomContact -Id '667d60ac8a68186f43bafdbb' -Into '667d60ac8a68186f43bafdbc' -Confirm:$false @e } }
    @{ Operation = 'ArchiveContact'; Type = 'IntercomPS.ContactArchiveState'; Call = { param($e) Disable-IntercomContact -Id '63a07ddf05a32042dffac965' -PassThru -Confirm:$false @e } }
    @{ Operation = 'UnarchiveContact'; Type = 'IntercomPS.ContactArchiveState'; Call = { param($e) Enable-IntercomContact -Id '63a07ddf05a32042dffac965' -PassThru -Confirm:$false @e } }
    @{ Operation = 'listCompaniesForAContact'; Type = 'IntercomPS.Company'; Call = { param($e) Get-IntercomContactCompany -Id '63a07ddf05a32042dffac965' -PageSize 5 @e } }
    @{ Operation = 'listSegmentsForAContact'; Type = 'IntercomPS.Segment'; Call = { param($e) Get-IntercomContactSegment -Id '63a07ddf05a32042dffac965' @e } }
    @{ Operation = 'listSubscriptionsForAContact'; Type = 'IntercomPS.SubscriptionType'; Call = { param($e) Get-IntercomContactSubscription -Id '63a07ddf05a32042dffac965' @e } }
    @{ Operation = 'listNotes'; Type = 'IntercomPS.Note'; Call = { param($e) Get-IntercomContactNote -Id '63a07ddf05a32042dffac965' -PageSize 5 @e } }
    @{ Operation = 'createNote'; Type = 'IntercomPS.Note'; Call = { param($e) New-IntercomContactNote -Id '63a07ddf05a32042dffac965' -Body 'Hello' -Confirm:$false @e } }
    @{ Operation = 'createNote (another author)'; Type = 'IntercomPS.Note'; Call = { param($e) New-IntercomContactNote -Id '63a07ddf05a32042dffac965' -Body 'Hello' -AdminId 991267493 -Confirm:$false @e } }
    @{ Operation = 'retrieveNote'; Type = 'IntercomPS.Note'; Call = { param($e) Get-IntercomNote -Id 37 @e } }
) {
    It 'passes request validation and yields <Type>' {
        # -ErrorAction Stop: a rejection by Prism (a 4xx for a request that breaks the description) fails the test.
        Assert-ConformantOutput @(& $Call @{ ErrorAction = 'Stop' }) -Type $Type -Empty:$Empty -Key $Key
    }
}

Describe 'Prism conformance: contact answers in detail' -Skip:(-not $HasMock) {
    It 'reads the example contact''s nested lists, location and custom attributes' {
        $contact = Get-IntercomContact -Id '667d60a98a68186f43bafdb9' -ErrorAction Stop
        $contact.Email | Should -Be 'joe@bloggs.com'
        $contact.Location.PSObject.TypeNames[0] | Should -Be 'IntercomPS.ContactLocation'
        $contact.Tags.Url | Should -Be '/contacts/667d60a98a68186f43bafdb9/tags'
        $contact.Companies.HasMore | Should -BeFalse
        $contact.CustomAttributes | Should -BeOfType [hashtable]
        $contact.CreatedAt | Should -Be ([datetimeoffset]::FromUnixTimeSeconds(1719492777))
        $contact.AdditionalProperties.Keys | Should -BeNullOrEmpty -Because 'every field of the example contact is modelled'
    }

    It 'reads the contact''s companies from data although the schema says companies' {
        $company = Get-IntercomContactCompany -Id '63a07ddf05a32042dffac965' -ErrorAction Stop
        $company.CompanyId | Should -Be '1'
        $company.Name | Should -Be 'company12'
    }
}

# Spec conformance of the data attribute, data event, data export and visitor cmdlets against Prism (the official API
# description as a mock; see Conformance.Tests.ps1). Three requests are refused by Prism because the description
# contradicts itself; for those the tests check that Prism objects to that one point and to nothing else.
BeforeDiscovery {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    $script:HasMock = Test-MockAvailable
    if (-not $HasMock) { Write-Host 'Skipping the Prism conformance tests of the data area: ../shared/tools/intercom-mock is absent.' -ForegroundColor Yellow }
}

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    if (Test-MockAvailable) {
        $script:BaseUrl = Connect-TestPrism
    }

    # Prism's answer to a refused request lists what it found wrong: "location.path" of each item.
    function Get-ViolationLocation([string] $ProblemJson) {
        @(($ProblemJson | ConvertFrom-Json).validation | ForEach-Object { $_.location -join '.' }) | Sort-Object -Unique
    }
}

AfterAll {
    if (Test-MockAvailable) { Stop-TestPrism }
}

Describe 'Prism conformance: <Operation>' -Skip:(-not $HasMock) -ForEach @(
    @{ Operation = 'listDataAttributes'; Type = 'IntercomPS.DataAttribute'; Key = 'FullName'; Call = { param($e) Get-IntercomDataAttribute -Model company -IncludeArchived @e } }
    @{ Operation = 'createDataAttribute'; Type = 'IntercomPS.DataAttribute'; Call = { param($e) New-IntercomDataAttribute -Name 'Mithril Shirt' -Model company -DataType string -Description 'Light and strong' -MessengerWritable $false -Confirm:$false @e } }
    @{ Operation = 'updateDataAttribute'; Type = 'IntercomPS.DataAttribute'; Call = { param($e) Set-IntercomDataAttribute -Id 1 -Description 'Just a plain old ring' -Option '1-10', '11-20' -MessengerWritable $true -Confirm:$false @e } }
    @{ Operation = 'updateDataAttribute (archive)'; Type = 'IntercomPS.DataAttribute'; Call = { param($e) Set-IntercomDataAttribute -Id 1 -Archived $true -Force -Confirm:$false @e } }
    @{ Operation = 'createDataEvent (id)'; Type = $null; Call = { param($e) Send-IntercomDataEvent -EventName 'invited-friend' -Id '8a88a590-e1c3-41e2-a502-e0649dbf721c' -CreatedAt 1671028894 -Metadata @{ invite_code = 'ADDAFRIEND' } -Confirm:$false @e } }
    @{ Operation = 'createDataEvent (user_id)'; Type = $null; Call = { param($e) Send-IntercomDataEvent -EventName 'invited-friend' -UserId '314159' -Confirm:$false @e } }
    @{ Operation = 'createDataEvent (email)'; Type = $null; Call = { param($e) Send-IntercomDataEvent -EventName 'invited-friend' -Email 'frodo.baggins@example.com' -CreatedAt ([datetimeoffset]'2024-06-01') -Confirm:$false @e } }
    @{ Operation = 'dataEventSummaries'; Type = $null; Call = { param($e) Send-IntercomDataEventSummary -UserId '314159' -EventName 'invited-friend' -Count 3 -First 1671028894 -Last 1671028999 -Confirm:$false @e } }
    @{ Operation = 'createDataExport'; Type = 'IntercomPS.DataExport'; Call = { param($e) Start-IntercomDataExport -CreatedAfter ([datetimeoffset]'2024-06-01') -CreatedBefore ([datetimeoffset]'2024-06-30') -Confirm:$false @e } }
    @{ Operation = 'getDataExport'; Type = 'IntercomPS.DataExport'; Call = { param($e) Get-IntercomDataExport -JobIdentifier 'b1ppo8h93fj386fk' @e } }
    @{ Operation = 'cancelDataExport'; Type = 'IntercomPS.DataExport'; Call = { param($e) [pscustomobject]@{ JobIdentifier = 'pwrbmmimhakvlfsh' } | Stop-IntercomDataExport -Confirm:$false @e } }
    @{ Operation = 'retrieveVisitorWithUserId'; Type = 'IntercomPS.Visitor'; Call = { param($e) Get-IntercomVisitor -UserId '3ecf64d0-9ed1-4e9f-88e1-da7d6e6782f3' @e } }
    @{ Operation = 'updateVisitor (id)'; Type = 'IntercomPS.Visitor'; Call = { param($e) Set-IntercomVisitor -Id '667d61cc8a68186f43bafe95' -Name 'Gareth Bale' -Confirm:$false @e } }
    @{ Operation = 'updateVisitor (user_id)'; Type = 'IntercomPS.Visitor'; Call = { param($e) Set-IntercomVisitor -UserId '3ecf64d0-9ed1-4e9f-88e1-da7d6e6782f3' -CustomAttributes @{ team = 'blue' } -Confirm:$false @e } }
    @{ Operation = 'convertVisitor (by visitor user_id, into user_id)'; Type = 'IntercomPS.Contact'; Call = { param($e) ConvertTo-IntercomContact -VisitorUserId '3ecf64d0-9ed1-4e9f-88e1-da7d6e6782f3' -Type user -ContactUserId '8a88a590' -ContactEmail 'foo@bar.com' -Confirm:$false @e } }
    @{ Operation = 'convertVisitor (by visitor id, into contact id)'; Type = 'IntercomPS.Contact'; Call = { param($e) ConvertTo-IntercomContact -Id '667d61cc8a68186f43bafe95' -Type lead -ContactId '8a88a590-e1c3-41e2-a502-e0649dbf721c' -Confirm:$false @e } }
    @{ Operation = 'convertVisitor (by visitor email)'; Type = 'IntercomPS.Contact'; Call = { param($e) ConvertTo-IntercomContact -VisitorEmail 'winston@truth.org' -Type user -ContactUserId '8a88a590' -Confirm:$false @e } }
) {
    It 'passes request validation and yields <Type>' {
        # -ErrorAction Stop: a rejection by Prism (a 4xx for a request that breaks the description) fails the test.
        Assert-ConformantOutput @(& $Call @{ ErrorAction = 'Stop' }) -Type $Type -Empty:$Empty -Key $Key
    }
}

Describe 'Prism conformance: downloadDataExport' -Skip:(-not $HasMock) {
    It 'passes request validation and saves what Prism answers' {
        $file = [pscustomobject]@{ JobIdentifier = 'xyz1234' } | Save-IntercomDataExport -Path $TestDrive -Confirm:$false -ErrorAction Stop
        $file | Should -BeOfType ([System.IO.FileInfo])
        $file.Name | Should -Be 'xyz1234.csv.gz'
    }
}

# Prism cannot validate GET /events at all: `filter` is a required query parameter of type object (form style, oneOf of
# user_id / intercom_user_id / email), which Prism never reads back from a flattened query, so every request gets 422.
# What it can still check: that it objects to `filter` only, i.e. type, summary and per_page are as described.
Describe 'Prism conformance: lisDataEvents (<Variant>)' -Skip:(-not $HasMock) -ForEach @(
    @{ Variant = 'intercom_user_id'; Query = 'type=user&intercom_user_id=63a0979a5eeebeaf28dd56ba&per_page=5'; Call = { Get-IntercomDataEvent -IntercomUserId '63a0979a5eeebeaf28dd56ba' -PageSize 5 -ErrorAction Stop } }
    @{ Variant = 'user_id'; Query = 'type=user&user_id=314159'; Call = { Get-IntercomDataEvent -UserId '314159' -ErrorAction Stop } }
    @{ Variant = 'email, summary'; Query = 'type=user&email=frodo%40example.com&summary=true'; Call = { Get-IntercomDataEvent -Email 'frodo@example.com' -Summary -ErrorAction Stop } }
) {
    It 'sends the filter flattened to ?<Query> and is refused for the filter alone' {
        $err = $null
        try { & $Call } catch { $err = $_ }
        $err.Exception.StatusCode | Should -Be 422
        $err.Exception.Path | Should -Be "/events?$Query"
        Get-ViolationLocation $err.Exception.RawBody | Should -Be 'query.filter'
    }
}

Describe 'Prism conformance: where the description contradicts itself' -Skip:(-not $HasMock) {
    It 'createDataAttribute (list options): options go as [{value}] as the descriptions and examples say; the create schema''s "array of strings" is the only objection' {
        # Prism answers this with the operation's 400 example and puts what it found in the sl-violations header, so
        # the request the cmdlet sent (from its debug stream) is replayed to read that header.
        $debug = & {
            $DebugPreference = 'Continue'
            New-IntercomDataAttribute -Name 'Ring size' -Model company -DataType string -Option '1-10', '11-20' -Confirm:$false -ErrorAction SilentlyContinue 5>&1
        }
        $body = @($debug | Where-Object { $_ -is [System.Management.Automation.DebugRecord] -and $_.Message -match '^POST \S+/data_attributes body: ' })[0].Message -replace '^POST \S+ body: '
        ($body | ConvertFrom-Json).options.value | Should -Be @('1-10', '11-20')
        $replay = Invoke-WebRequest -Method Post -Uri "$BaseUrl/data_attributes" -Headers @{ Authorization = 'Bearer x' } -ContentType 'application/json' -Body $body -SkipHttpErrorCheck
        $violations = $replay.Headers['sl-violations'] | ConvertFrom-Json | Where-Object { $_.location[0] -eq 'request' }
        @($violations | ForEach-Object { $_.location[1..2] -join '.' } | Sort-Object -Unique) | Should -Be @('body.options')
        @($violations.code | Sort-Object -Unique) | Should -Be @('type')
    }

    It 'convertVisitor (user named by email only, as the spec''s own example): the schema''s anyOf(id, user_id) on user is the only objection' {
        $err = $null
        try { ConvertTo-IntercomContact -VisitorUserId '3ecf64d0' -Type user -ContactEmail 'foo@bar.com' -Confirm:$false -ErrorAction Stop } catch { $err = $_ }
        $err.Exception.StatusCode | Should -Be 422
        Get-ViolationLocation $err.Exception.RawBody | Should -Be 'body.user'
    }

    It 'updateVisitor (custom attributes that are numbers and booleans, as the schema''s own example): "values are strings" is the only objection' {
        $err = $null
        try { Set-IntercomVisitor -Id '667d61cc8a68186f43bafe95' -CustomAttributes @{ paid_subscriber = $true; monthly_spend = 155.5 } -Confirm:$false -ErrorAction Stop } catch { $err = $_ }
        $err.Exception.StatusCode | Should -Be 422
        Get-ViolationLocation $err.Exception.RawBody | Should -Be @('body.custom_attributes.monthly_spend', 'body.custom_attributes.paid_subscriber')
    }

    It 'createDataEvent (metadata with a number and an amount, as the description''s table allows): "values are strings" is the only objection' {
        $err = $null
        try { Send-IntercomDataEvent -EventName 'ordered' -UserId '314159' -Metadata @{ items = 3; price = @{ amount = 34999; currency = 'eur' } } -Confirm:$false -ErrorAction Stop } catch { $err = $_ }
        $err.Exception.StatusCode | Should -Be 422
        Get-ViolationLocation $err.Exception.RawBody | Should -Be @('body.metadata.items', 'body.metadata.price')
    }
}

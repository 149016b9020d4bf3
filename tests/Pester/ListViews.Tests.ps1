# Format-List of one object an admin inspects: a curated list (identity first, state, owner, times, counts), nested
# objects as one readable line, times in local time; Format-List * still shows every property.
BeforeDiscovery {
    # Per type with a list view: how the fake server gives one; labels the list must show (the first one first);
    # per label, what of the object its line must hold; the labels that are times.
    $script:Views = @(
        @{ Type = 'IntercomPS.Contact'; Get = { Get-IntercomContact -First 1 }
            Labels = 'Name', 'Email', 'Id', 'ExternalId', 'Role', 'OwnerId', 'Location', 'Companies', 'Tags', 'CustomAttributes'
            Shows = @{ Location = { $_.Location.City }; Companies = { $_.Companies.Data[0].Id }; CustomAttributes = { @($_.CustomAttributes.Keys)[0] } }
            Times = 'CreatedAt', 'LastSeenAt', 'LastRepliedAt', 'LastContactedAt' }
        @{ Type = 'IntercomPS.Company'; Get = { Get-IntercomCompany -Name 'Acme 0001' }
            Labels = 'Name', 'Id', 'CompanyId', 'Plan', 'UserCount', 'Tags', 'Segments', 'CustomAttributes'
            Shows = @{ Plan = { $_.Plan['name'] }; Tags = { $_.Tags[0].Name }; Segments = { $_.Segments[0].Name }; CustomAttributes = { @($_.CustomAttributes.Keys)[0] } }
            Times = 'CreatedAt', 'LastRequestAt', 'UpdatedAt' }
        @{ Type = 'IntercomPS.Segment'; Get = { Get-IntercomSegment -IncludeCount | Select-Object -First 1 }
            Labels = 'Name', 'Id', 'PersonType', 'Count'; Shows = @{ Count = { [string]$_.Count } }; Times = 'CreatedAt', 'UpdatedAt' }
        @{ Type = 'IntercomPS.Conversation'; Get = { Get-IntercomConversation -Id 2 }
            Labels = 'Title', 'Id', 'State', 'Priority', 'Assignee', 'Contacts', 'Statistics'
            Shows = @{ Title = { $_.Source.Body -replace '<[^>]*>' }; Assignee = { $_.AdminAssigneeId }; Contacts = { $_.Contacts[0].Id }; Statistics = { $_.Statistics.ToString() } }
            Times = 'CreatedAt', 'UpdatedAt', 'WaitingSince', 'SnoozedUntil' }
        @{ Type = 'IntercomPS.Ticket'; Get = { Get-IntercomTicket -Id 102 }
            Labels = 'Title', 'Id', 'TicketId', 'TicketType', 'TicketState', 'Open', 'Assignee', 'Contacts', 'Attributes'
            Shows = @{ Title = { $_.Title }; TicketType = { $_.TicketType.Name }; Contacts = { $_.Contacts[0].Id } }
            Times = 'CreatedAt', 'UpdatedAt', 'SnoozedUntil' }
        @{ Type = 'IntercomPS.TicketType'; Get = { Get-IntercomTicketType -Id 81 }
            Labels = 'Name', 'Id', 'Category', 'Archived', 'Attributes'; Shows = @{ Attributes = { $_.TicketTypeAttributes[-1].Name } }; Times = 'CreatedAt', 'UpdatedAt' }
        @{ Type = 'IntercomPS.TicketTypeAttribute'; Get = { (Get-IntercomTicketType -Id 81).TicketTypeAttributes | Where-Object Name -EQ 'Severity' }
            Labels = 'Name', 'Id', 'TicketTypeId', 'DataType', 'Options', 'RequiredToCreate'
            Shows = @{ Options = { $_.InputOptions['list_options'][-1]['label'] } }; Times = 'CreatedAt', 'UpdatedAt' }
        @{ Type = 'IntercomPS.Team'; Get = { Get-IntercomTeam | Select-Object -First 1 }
            Labels = 'Name', 'Id', 'AdminIds', 'PrimaryAdminIds'; Shows = @{ AdminIds = { $_.AdminIds[-1] }; PrimaryAdminIds = { $_.AdminPriorityLevel.PrimaryAdminIds[-1] } }; Times = @() }
        @{ Type = 'IntercomPS.Article'; Get = { Get-IntercomArticle -Id 100 }
            Labels = 'Title', 'Id', 'State', 'Url', 'Parent', 'Locales', 'Statistics'
            Shows = @{ Parent = { "$($_.ParentType) $($_.ParentId)" }; Locales = { @($_.TranslatedContent.Keys) -ne 'type' | Select-Object -First 1 }; Statistics = { $_.Statistics.ToString() } }
            Times = 'CreatedAt', 'UpdatedAt' }
        @{ Type = 'IntercomPS.HelpCenter'; Get = { Get-IntercomHelpCenter | Select-Object -First 1 }
            Labels = 'DisplayName', 'Id', 'Identifier', 'Url'; Shows = @{}; Times = 'CreatedAt', 'UpdatedAt' }
        @{ Type = 'IntercomPS.HelpCenterCollection'; Get = { Get-IntercomHelpCenterCollection | Select-Object -First 1 }
            Labels = 'Name', 'Id', 'HelpCenterId', 'Url'; Shows = @{}; Times = 'CreatedAt', 'UpdatedAt' }
        @{ Type = 'IntercomPS.NewsItem'; Get = { Get-IntercomNewsItem | Select-Object -First 1 }
            Labels = 'Title', 'Id', 'State', 'SenderId', 'Newsfeeds', 'Labels'
            Shows = @{ Newsfeeds = { [string]$_.NewsfeedAssignments[-1].NewsfeedId }; Labels = { $_.Labels[0] } }; Times = 'CreatedAt', 'UpdatedAt' }
        @{ Type = 'IntercomPS.Admin'; Get = { Get-IntercomAdmin | Select-Object -First 1 }
            Labels = 'Name', 'Email', 'Id', 'JobTitle', 'AwayModeEnabled', 'TeamIds'; Shows = @{ TeamIds = { $_.TeamIds[0] } }; Times = @() }
        @{ Type = 'IntercomPS.AdminWithApp'; Get = { Get-IntercomAdmin -Current }
            Labels = 'Name', 'Email', 'Id', 'Workspace', 'TeamIds'; Shows = @{ Workspace = { $_.App.Name } }; Times = @() }
        @{ Type = 'IntercomPS.ActivityLog'; Get = { Get-IntercomAdminActivityLog -CreatedAfter (Get-Date).AddYears(-5) | Select-Object -First 1 }
            Labels = 'CreatedAt', 'ActivityType', 'ActivityDescription', 'PerformedBy', 'Metadata'
            Shows = @{ PerformedBy = { $_.PerformedBy.Email }; Metadata = { @($_.Metadata.Keys)[0] } }; Times = 'CreatedAt' }
        @{ Type = 'IntercomPS.DataAttribute'; Get = { New-IntercomDataAttribute -Name 'list_view_tier' -Model company -DataType string -Option 'gold', 'silver' -Confirm:$false }
            Labels = 'FullName', 'Label', 'Model', 'DataType', 'Options', 'Custom', 'Archived'; Shows = @{ Options = { $_.Options[-1] } }; Times = 'CreatedAt', 'UpdatedAt' }
        @{ Type = 'IntercomPS.DataExport'
            # The fake answers a started job pending, then in_progress, then completed with a download link.
            Get = { $job = Start-IntercomDataExport -CreatedAfter '2024-06-01' -CreatedBefore '2024-06-30' -Confirm:$false; $null = $job | Get-IntercomDataExport; $job | Get-IntercomDataExport }
            Labels = 'JobIdentifier', 'Status', 'DownloadExpiresAt', 'DownloadUrl'; Shows = @{ DownloadUrl = { $_.DownloadUrl } }; Times = 'DownloadExpiresAt' }
        @{ Type = 'IntercomPS.Visitor'; Get = { Get-IntercomVisitor -UserId 'visitor-0001' }
            Labels = 'Name', 'Id', 'UserId', 'Email', 'Location'; Shows = @{ Name = { $_.Pseudonym }; Location = { $_.LocationData.CityName } }
            Times = 'LastRequestAt', 'CreatedAt', 'SignedUpAt' }
        @{ Type = 'IntercomPS.Client.IntercomSession'; Get = { Get-IntercomSession }
            Labels = 'Region', 'BaseUri', 'ApiVersion', 'Admin'; Shows = @{ Admin = { $_.Admin.Email } }; Times = @() }
    )
}

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-Module (Join-Path (Get-TestModulePath) 'IntercomPS.psd1') -Force
    $script:Server = Start-TestServer
    Connect-TestServer $Server

    # What Format-List (or Format-List *) prints for one object, wide enough that no line wraps.
    function Get-ListText($Object, [switch] $AllProperties) {
        if ($AllProperties) { $Object | Format-List -Property * | Out-String -Width 4096 } else { $Object | Format-List | Out-String -Width 4096 }
    }

    # Its "Label : value" lines, in order, as label => value (continuation lines are indented, so never taken for one).
    function Get-ListEntry($Object, [switch] $AllProperties) {
        $entries = [ordered]@{}
        foreach ($line in (Get-ListText $Object -AllProperties:$AllProperties) -split '\r?\n') {
            if ($line -match '^(\w+) *: ?(.*)$') { $entries[$Matches[1]] = $Matches[2].TrimEnd() }
        }
        $entries
    }
}

AfterAll { Stop-TestServer $Server }

Describe 'Format-List of <Type>' -ForEach $Views {
    BeforeAll {
        $object = @(& $Get)[0]
        $curated = Get-ListEntry $object
    }

    It 'comes from the module''s list view for that type' {
        $object.PSObject.TypeNames[0] | Should -Be $Type
        $controls = (Get-FormatData -TypeName $Type).FormatViewDefinition.Control
        @($controls | Where-Object { $_ -is [System.Management.Automation.ListControl] }).Count | Should -Be 1
    }

    It 'shows the labels an admin looks for, the identity first' {
        @($curated.Keys)[0] | Should -Be $Labels[0]
        foreach ($label in @($Labels) + @($Times)) { @($curated.Keys) | Should -Contain $label }
    }

    It 'shows nested objects and lists as readable text' {
        foreach ($label in $Shows.Keys) {
            $expected = [string]($object | ForEach-Object $Shows[$label])
            $expected | Should -Not -BeNullOrEmpty -Because "the seeded $Type has a $label"
            $curated[$label].Contains($expected) | Should -BeTrue -Because "the $label line '$($curated[$label])' should show '$expected'"
        }
    }

    It 'shows no System.Object[] nor type name' {
        $text = Get-ListText $object
        $text | Should -Not -Match 'System\.[A-Z]|IntercomPS\.[A-Z]'
        $curated.Values | Where-Object { $_ -match '^\{.*\}$' } | Should -BeNullOrEmpty -Because 'a list shows as a line of text, not as {a, b}'
    }

    It 'names every time it shows, and Format-List * still shows more properties than the curated list' {
        $timesShown = @($curated.Keys | Where-Object { $object.$_ -is [datetimeoffset] })
        $timesShown | Where-Object { $_ -notin $Times } | Should -BeNullOrEmpty
        $all = Get-ListEntry $object -AllProperties
        @($all.Keys).Count | Should -BeGreaterThan @($curated.Keys).Count
        @($all.Keys) | Should -Be @($object.PSObject.Properties.Name) -Because 'Format-List * lists every property'
    }

    if ($Times) {
        It 'shows <_> in local time, whatever offset the value came with' -ForEach $Times {
            $label = $_
            $original = $object.$label
            $instant = if ($null -ne $original) { [datetimeoffset]$original } else { [datetimeoffset]::UtcNow }
            # Same instant, in an offset that is not the local one: only a conversion to local time shows the local clock.
            $foreign = if ([TimeZoneInfo]::Local.GetUtcOffset($instant) -eq [timespan]'05:45') { [timespan]'-03:30' } else { [timespan]'05:45' }
            $object.$label = $instant.ToOffset($foreign)
            try {
                $shown = (Get-ListEntry $object)[$label]
                $shown | Should -Be $object.$label.ToLocalTime().ToString('g')
                $shown | Should -Not -Be $object.$label.DateTime.ToString('g')
            }
            finally { $object.$label = $original }
        }
    }
}

Describe 'List views' {
    It 'every list view of the module is tested here' -ForEach @(@{ Tested = @($Views | ForEach-Object { $_.Type }) }) {
        $files = Get-ChildItem (Join-Path (Get-TestModulePath) 'Formats') -Filter *.Format.ps1xml
        $listed = foreach ($file in $files) {
            ([xml](Get-Content $file.FullName -Raw)).Configuration.ViewDefinitions.View | Where-Object { $_['ListControl'] } | ForEach-Object { $_.ViewSelectedBy.TypeName }
        }
        @($listed | Sort-Object) | Should -Be @($Tested | Sort-Object)
    }
}

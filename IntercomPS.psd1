@{
    RootModule             = 'IntercomPS.dll'
    # Stamped by build.ps1 from Directory.Build.props <Version>; keep the two equal.
    ModuleVersion          = '0.1.0'
    GUID                   = '5f0b7a3e-2c41-4c8e-9d6a-1e7b0c9a4f21'
    Author                 = 'IntercomPS contributors'
    CompanyName            = 'IntercomPS contributors'
    Copyright              = '(c) 2026 IntercomPS contributors. MIT License.'
    Description            = 'Binary PowerShell cmdlets for the whole Intercom REST API (version 2.11): contacts, companies, tags, conversations, tickets, help center and more, with sessions per workspace and region, streaming paging, rate-limit-aware retries, -WhatIf on every change, and typed pipeline-friendly output.'
    CompatiblePSEditions   = @('Desktop', 'Core')
    PowerShellVersion      = '5.1'
    DotNetFrameworkVersion = '4.7.2'
    # Imported before the root module: it makes the isolated Dependencies/ folder loadable.
    NestedModules          = @('IntercomPS.Loader.dll')
    # One format file per resource area (src/IntercomPS/Formats); a test checks every file is listed.
    FormatsToProcess       = @(
        'Formats/Companies.Format.ps1xml'
        'Formats/Contacts.Format.ps1xml'
        'Formats/Core.Format.ps1xml'
        'Formats/Data.Format.ps1xml'
    )
    CmdletsToExport        = @(
        'Add-IntercomCompanyContact'
        'Add-IntercomCompanyTag'
        'Add-IntercomContactSubscription'
        'Add-IntercomContactTag'
        'Add-IntercomConversationTag'
        'Add-IntercomTicketTag'
        'Connect-Intercom'
        'ConvertTo-IntercomContact'
        'Disable-IntercomContact'
        'Disconnect-Intercom'
        'Enable-IntercomContact'
        'Get-IntercomAdmin'
        'Get-IntercomAdminActivityLog'
        'Get-IntercomCompany'
        'Get-IntercomCompanyContact'
        'Get-IntercomCompanySegment'
        'Get-IntercomContact'
        'Get-IntercomContactCompany'
        'Get-IntercomContactNote'
        'Get-IntercomContactSegment'
        'Get-IntercomContactSubscription'
        'Get-IntercomContactTag'
        'Get-IntercomDataAttribute'
        'Get-IntercomDataEvent'
        'Get-IntercomDataExport'
        'Get-IntercomNote'
        'Get-IntercomSegment'
        'Get-IntercomSession'
        'Get-IntercomSubscriptionType'
        'Get-IntercomTag'
        'Get-IntercomVisitor'
        'Invoke-IntercomRequest'
        'Merge-IntercomContact'
        'New-IntercomContact'
        'New-IntercomContactNote'
        'New-IntercomDataAttribute'
        'New-IntercomTag'
        'Remove-IntercomCompany'
        'Remove-IntercomCompanyContact'
        'Remove-IntercomCompanyTag'
        'Remove-IntercomContact'
        'Remove-IntercomContactSubscription'
        'Remove-IntercomContactTag'
        'Remove-IntercomConversationTag'
        'Remove-IntercomTag'
        'Remove-IntercomTicketTag'
        'Rename-IntercomTag'
        'Save-IntercomDataExport'
        'Search-IntercomContact'
        'Send-IntercomDataEvent'
        'Send-IntercomDataEventSummary'
        'Set-IntercomAdmin'
        'Set-IntercomCompany'
        'Set-IntercomContact'
        'Set-IntercomDataAttribute'
        'Set-IntercomVisitor'
        'Start-IntercomDataExport'
        'Stop-IntercomDataExport'
    )
    FunctionsToExport      = @()
    VariablesToExport      = @()
    AliasesToExport        = @()
    PrivateData            = @{
        PSData = @{
            Tags         = @('Intercom', 'REST', 'API', 'Support', 'CustomerSupport', 'Automation', 'PSEdition_Core', 'PSEdition_Desktop', 'Windows', 'Linux', 'MacOS')
            LicenseUri   = 'https://github.com/intercomps/IntercomPS/blob/main/LICENSE'
            ProjectUri   = 'https://github.com/intercomps/IntercomPS'
            ReleaseNotes = 'See CHANGELOG.md: 0.1.0 is the first release (session, HTTP engine, pager, errors, help; tags, subscription types, admins, Invoke-IntercomRequest).'
        }
    }
}

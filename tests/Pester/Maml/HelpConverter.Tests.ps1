<#
    Tests for build/HelpConverter.psm1 (PlatyPS markdown -> MAML / about .help.txt).

    The Get-Help tests compile a tiny binary cmdlet (Get-HelpFixture) with Add-Type -OutputAssembly,
    lay it out as a module in $TestDrive with the generated en-US/HelpFixture.dll-Help.xml and
    en-US/about_HelpFixture.help.txt, and run Get-Help in a fresh child PowerShell process (Get-Help
    caches help per session, and the DLL must not stay loaded in the test session).
#>

BeforeAll {
    $script:RepoRoot = (Resolve-Path (Join-Path $PSScriptRoot '../../..')).Path
    Import-Module (Join-Path $script:RepoRoot 'build/HelpConverter.psm1') -Force
    $script:Fixtures = Join-Path $PSScriptRoot 'fixtures'
    $script:CommandMd = Join-Path $script:Fixtures 'Get-HelpFixture.md'
    $script:AboutMd = Join-Path $script:Fixtures 'about_HelpFixture.md'

    function Invoke-ChildPowerShell {
        # Runs a script file in a new PowerShell process of the same edition/version as this one.
        param([string]$ScriptPath)
        $exe = [System.Diagnostics.Process]::GetCurrentProcess().MainModule.FileName
        $prefix = @()
        if ([System.IO.Path]::GetFileNameWithoutExtension($exe) -eq 'dotnet') {
            # started as 'dotnet pwsh' (local tool): re-run the same pwsh.dll
            $prefix = @([Environment]::GetCommandLineArgs()[0])
        }
        $ErrorActionPreference = 'Continue'   # stderr of the child must not stop us before we can report it
        $output = & $exe @prefix -NoProfile -NonInteractive -ExecutionPolicy Bypass -File $ScriptPath 2>&1
        if ($LASTEXITCODE -ne 0) { throw "child PowerShell failed (exit $LASTEXITCODE):`n$($output -join "`n")" }
        $output
    }

    function New-BrokenCopy {
        # Copy of the good fixture with one regex replacement, saved under $TestDrive with the given name.
        param([string]$Name, [string]$Pattern, [string]$Replacement)
        $text = Get-Content -LiteralPath $script:CommandMd -Raw
        $new = [regex]::Replace($text, $Pattern, $Replacement, 'Multiline, Singleline')
        if ($new -eq $text) { throw "pattern '$Pattern' did not change the fixture" }
        $path = Join-Path $TestDrive $Name
        Set-Content -LiteralPath $path -Value $new -NoNewline
        $path
    }
}

Describe 'ConvertFrom-PlatyPSMarkdown' {
    BeforeAll { $script:Help = ConvertFrom-PlatyPSMarkdown -Path $script:CommandMd }

    It 'reads the name, synopsis, description and front matter' {
        $Help.Name | Should -Be 'Get-HelpFixture'
        $Help.Verb | Should -Be 'Get'
        $Help.Noun | Should -Be 'HelpFixture'
        $Help.Synopsis | Should -Be 'Gets fixture widgets for the help converter tests.'
        $Help.Description.Count | Should -Be 4
        $Help.Description[0] | Should -BeLike 'The Get-HelpFixture cmdlet returns fixture widgets. It exists only*binary cmdlet.'
        $Help.Description[1] | Should -Be 'Widgets whose size is < 10 & > 2 are called "small"; this sentence checks XML escaping.'
        $Help.Description[2] | Should -Be '- First list item of the description.'
        $Help.ModuleName | Should -Be 'HelpFixture'
        $Help.OnlineVersion | Should -Be 'https://example.invalid/help/Get-HelpFixture'
        $Help.SupportsCommonParameters | Should -BeTrue
    }

    It 'reads the syntax sets and marks the default one' {
        $Help.Syntax.Name | Should -Be @('ByName', 'ById')
        $Help.Syntax[0].IsDefault | Should -BeTrue
        $Help.Syntax[1].IsDefault | Should -BeFalse
        $Help.Syntax[1].Text | Should -BeLike 'Get-HelpFixture -Id <Int32>*'
    }

    It 'reads the examples: title, code (all code blocks) and remarks' {
        $Help.Examples.Count | Should -Be 2
        $Help.Examples[0].Title | Should -Be 'Example 1: Get a widget by name'
        $Help.Examples[0].Code | Should -Be "Get-HelpFixture -Name 'alpha*' | Where-Object { `$_.Size -lt 10 }"
        $Help.Examples[0].Remarks | Should -Be 'This command gets every widget whose name starts with alpha and keeps the small ones.'
        $Help.Examples[1].Introduction | Should -Be 'Pipe the output to Format-List to see all properties.'
        $Help.Examples[1].Code | Should -BeLike "Get-HelpFixture -Id 42 -Kind Round`n`nId Name Kind*42 beta Round"
        $Help.Examples[1].Remarks | Should -Be 'The second example returns the widget with id 42.'
    }

    It 'reads every parameter and its yaml metadata' {
        $Help.Parameters.Name | Should -Be @('Force', 'Id', 'Kind', 'Name')
        $name = $Help.Parameters | Where-Object Name -EQ 'Name'
        $name.Description | Should -Be 'Specifies the names of the widgets to get. Wildcards are permitted.'
        $name.Type | Should -Be 'String[]'
        $name.ParameterSets | Should -Be 'ByName'
        $name.Aliases | Should -Be @('WidgetName', 'N')
        $name.Required | Should -BeTrue
        $name.Position | Should -Be '0'
        $name.DefaultValue | Should -Be 'None'
        $name.PipelineInput | Should -Be 'True (ByValue)'
        $name.Globbing | Should -BeTrue

        $kind = $Help.Parameters | Where-Object Name -EQ 'Kind'
        $kind.AcceptedValues | Should -Be @('Round', 'Square')
        $kind.ParameterSets | Should -Be '(All)'
        $kind.DefaultValue | Should -Be 'Round'
        $kind.Required | Should -BeFalse
        $kind.Position | Should -Be 'Named'
        @($kind.Aliases).Count | Should -Be 0

        ($Help.Parameters | Where-Object Name -EQ 'Force').Type | Should -Be 'SwitchParameter'
        ($Help.Parameters | Where-Object Name -EQ 'Id').PipelineInput | Should -Be 'True (ByPropertyName)'
    }

    It 'reads inputs, outputs, notes and related links' {
        $Help.Inputs.TypeName | Should -Be 'System.String[]'
        $Help.Inputs[0].Description | Should -Be 'You can pipe widget names to this cmdlet.'
        $Help.Outputs.TypeName | Should -Be 'System.Management.Automation.PSObject'
        $Help.Notes | Should -Be 'The fixture note says widgets are not real.'
        $Help.Links.Text | Should -Be @('about_HelpFixture', 'Fixture home page')
        $Help.Links[1].Uri | Should -Be 'https://example.invalid/fixture'
    }

    It 'reads CRLF files the same way' {
        $crlf = Join-Path $TestDrive 'Crlf.md'
        [System.IO.File]::WriteAllText($crlf, ((Get-Content -LiteralPath $script:CommandMd) -join "`r`n"))
        $other = ConvertFrom-PlatyPSMarkdown -Path $crlf
        $other.Examples[1].Code | Should -Be $Help.Examples[1].Code
        $other.Description | Should -Be $Help.Description
        $other.Parameters.Name | Should -Be $Help.Parameters.Name
    }

    It 'accepts files from the pipeline (FileInfo)' {
        $all = @(Get-ChildItem -Path $script:Fixtures -Filter '*.md' | Where-Object Name -NotLike 'about_*' | ConvertFrom-PlatyPSMarkdown)
        $all.Name | Should -Be 'Get-HelpFixture'
    }
}

Describe 'Malformed markdown' {
    It 'fails on a missing ## SYNOPSIS with a message naming the file and the section' {
        $bad = New-BrokenCopy -Name 'NoSynopsis.md' -Pattern '^## SYNOPSIS\n.*?(?=^## SYNTAX)' -Replacement ''
        { ConvertFrom-PlatyPSMarkdown -Path $bad } |
            Should -Throw -ExpectedMessage "*NoSynopsis.md*missing required section '## SYNOPSIS'*" -ErrorId 'HelpConverter.InvalidMarkdown*'
    }

    It 'fails on a missing ## SYNOPSIS heading (text left in place) with a message naming the file and the section' {
        $bad = New-BrokenCopy -Name 'NoSynopsisHeading.md' -Pattern '^## SYNOPSIS\n' -Replacement ''
        { ConvertFrom-PlatyPSMarkdown -Path $bad } |
            Should -Throw -ExpectedMessage "*NoSynopsisHeading.md: missing required section '## SYNOPSIS' (the text on line 10 is not under any '## ' heading)*"
    }

    It 'fails on <Case> with a message naming the file and line' -TestCases @(
        @{ Case = 'an empty SYNOPSIS'; Pattern = '(?<=^## SYNOPSIS\n).*?(?=^## SYNTAX)'; Replacement = "`n"; Expected = "*EmptySynopsis.md:10: section '## SYNOPSIS' is empty*"; File = 'EmptySynopsis.md' }
        @{ Case = 'an unknown section'; Pattern = '^## NOTES$'; Replacement = '## REMARKS'; Expected = "*UnknownSection.md:*unknown section '## REMARKS'*"; File = 'UnknownSection.md' }
        @{ Case = 'an unknown yaml key'; Pattern = '^Aliases: WidgetId$'; Replacement = 'Alias: WidgetId'; Expected = "*UnknownKey.md:*parameter -Id: unknown yaml key 'Alias'*"; File = 'UnknownKey.md' }
        @{ Case = 'a bad Required value'; Pattern = '^Required: True$'; Replacement = 'Required: yes'; Expected = "*BadRequired.md:*'Required' must be True or False*"; File = 'BadRequired.md' }
        @{ Case = 'a parameter without yaml'; Pattern = '(?<=^Specifies the shape of widget to return\.\n)\n```yaml.*?```\n'; Replacement = ''; Expected = ('*NoYaml.md:*parameter -Kind has no {0}yaml metadata block*' -f [WildcardPattern]::Escape('```')); File = 'NoYaml.md' }
        @{ Case = 'an example without code'; Pattern = '(?<=^### Example 1: Get a widget by name\n)```powershell\n.*?```\n'; Replacement = ''; Expected = "*NoCode.md:*example 'Example 1: Get a widget by name' has no code block*"; File = 'NoCode.md' }
        @{ Case = 'an unclosed code fence'; Pattern = '\z'; Replacement = "`n``````powershell`nGet-HelpFixture`n"; Expected = "*Unclosed.md:*is never closed*"; File = 'Unclosed.md' }
    ) {
        $bad = New-BrokenCopy -Name $File -Pattern $Pattern -Replacement $Replacement
        { ConvertFrom-PlatyPSMarkdown -Path $bad } | Should -Throw -ExpectedMessage $Expected
    }

    It 'refuses an about topic and points to Copy-AboutHelp' {
        { ConvertFrom-PlatyPSMarkdown -Path $script:AboutMd } | Should -Throw -ExpectedMessage '*about_HelpFixture.md*Copy-AboutHelp*'
    }

    It 'fails for an about topic without SHORT DESCRIPTION' {
        $bad = Join-Path $TestDrive 'about_Broken.md'
        Set-Content -LiteralPath $bad -Value "# about_Broken`n`n## LONG DESCRIPTION`nText."
        { Copy-AboutHelp -Path $bad -OutputPath (Join-Path $TestDrive 'x.help.txt') } |
            Should -Throw -ExpectedMessage "*about_Broken.md*missing required section '## SHORT DESCRIPTION'*"
    }

    It 'Test-PlatyPSMarkdown returns $true for the fixtures and $false with warnings for placeholders' {
        Test-PlatyPSMarkdown -Path $script:CommandMd, $script:AboutMd | Should -BeTrue
        $bad = New-BrokenCopy -Name 'Placeholder.md' -Pattern '^The fixture note says widgets are not real\.$' -Replacement '{{ Fill in the Notes }}'
        $result = Test-PlatyPSMarkdown -Path $bad -WarningVariable warnings -WarningAction SilentlyContinue
        $result | Should -BeFalse
        ($warnings -join "`n") | Should -BeLike '*Placeholder.md:*placeholder text {{ Fill in the Notes }}*'
    }
}

Describe 'ConvertTo-MamlHelp' {
    BeforeAll {
        $script:MamlPath = Join-Path $TestDrive 'maml/HelpFixture.dll-Help.xml'
        ConvertFrom-PlatyPSMarkdown -Path $script:CommandMd | ConvertTo-MamlHelp -OutputPath $script:MamlPath
        $script:Xml = New-Object System.Xml.XmlDocument
        $script:Xml.Load($script:MamlPath)
        $script:NsMgr = New-Object System.Xml.XmlNamespaceManager $script:Xml.NameTable
        $script:NsMgr.AddNamespace('msh', 'http://msh')
        $script:NsMgr.AddNamespace('maml', 'http://schemas.microsoft.com/maml/2004/10')
        $script:NsMgr.AddNamespace('command', 'http://schemas.microsoft.com/maml/dev/command/2004/10')
        $script:NsMgr.AddNamespace('dev', 'http://schemas.microsoft.com/maml/dev/2004/10')
        function Select-Maml([string]$XPath) { @($script:Xml.SelectNodes($XPath, $script:NsMgr)) }
    }

    It 'writes UTF-8 MAML with the helpItems root PowerShell expects' {
        $bytes = [System.IO.File]::ReadAllBytes($MamlPath)
        $bytes[0] | Should -Be ([byte][char]'<')   # no BOM
        (Get-Content -LiteralPath $MamlPath -TotalCount 2)[1] | Should -Be '<helpItems schema="maml" xmlns="http://msh">'
        $Xml.DocumentElement.LocalName | Should -Be 'helpItems'
        $Xml.DocumentElement.NamespaceURI | Should -Be 'http://msh'
        $Xml.DocumentElement.GetAttribute('schema') | Should -Be 'maml'
    }

    It 'writes details, description and escapes XML characters' {
        (Select-Maml '/msh:helpItems/command:command/command:details/command:name').InnerText | Should -Be 'Get-HelpFixture'
        (Select-Maml '//command:details/command:verb').InnerText | Should -Be 'Get'
        (Select-Maml '//command:details/command:noun').InnerText | Should -Be 'HelpFixture'
        (Select-Maml '//command:details/maml:description/maml:para').InnerText | Should -Be 'Gets fixture widgets for the help converter tests.'
        (Select-Maml '/msh:helpItems/command:command/maml:description/maml:para')[1].InnerText | Should -BeLike '*< 10 & > 2*'
        Get-Content -LiteralPath $MamlPath -Raw | Should -Match '&lt; 10 &amp; &gt; 2'
    }

    It 'writes one syntax item per parameter set with the set''s parameters' {
        $items = Select-Maml '//command:syntax/command:syntaxItem'
        $items.Count | Should -Be 2
        @($items[0].SelectNodes('command:parameter/maml:name', $NsMgr) | ForEach-Object InnerText) | Should -Be @('Name', 'Force', 'Kind')
        @($items[1].SelectNodes('command:parameter/maml:name', $NsMgr) | ForEach-Object InnerText) | Should -Be @('Id', 'Force', 'Kind')
        $name = $items[0].SelectSingleNode('command:parameter[maml:name="Name"]', $NsMgr)
        $name.GetAttribute('required') | Should -Be 'true'
        $name.GetAttribute('position') | Should -Be '0'
        $name.GetAttribute('globbing') | Should -Be 'true'
        $name.GetAttribute('pipelineInput') | Should -Be 'True (ByValue)'
        $name.GetAttribute('aliases') | Should -Be 'WidgetName, N'
        # a switch has no value in the syntax; accepted values become a parameterValueGroup
        $items[0].SelectSingleNode('command:parameter[maml:name="Force"]/command:parameterValue', $NsMgr) | Should -BeNullOrEmpty
        @($items[0].SelectNodes('command:parameter[maml:name="Kind"]/command:parameterValueGroup/command:parameterValue', $NsMgr) | ForEach-Object InnerText) | Should -Be @('Round', 'Square')
    }

    It 'writes every parameter with description, type and default value' {
        $params = Select-Maml '//command:parameters/command:parameter'
        @($params | ForEach-Object { $_.SelectSingleNode('maml:name', $NsMgr).InnerText }) | Should -Be @('Force', 'Id', 'Kind', 'Name')
        $force = $params[0]
        $force.SelectSingleNode('dev:type/maml:name', $NsMgr).InnerText | Should -Be 'SwitchParameter'
        $force.SelectSingleNode('dev:defaultValue', $NsMgr).InnerText | Should -Be 'False'
        $force.GetAttribute('position') | Should -Be 'named'
        $force.GetAttribute('aliases') | Should -Be 'none'
        $params[1].SelectSingleNode('maml:description/maml:para', $NsMgr).InnerText | Should -Be 'Specifies the numeric id of the widget to get.'
        $params[1].SelectSingleNode('command:parameterValue', $NsMgr).InnerText | Should -Be 'Int32'
    }

    It 'writes inputs, outputs, notes, examples and related links' {
        (Select-Maml '//command:inputTypes/command:inputType/dev:type/maml:name').InnerText | Should -Be 'System.String[]'
        (Select-Maml '//command:returnValues/command:returnValue/dev:type/maml:name').InnerText | Should -Be 'System.Management.Automation.PSObject'
        (Select-Maml '//maml:alertSet/maml:alert/maml:para').InnerText | Should -Be 'The fixture note says widgets are not real.'
        $examples = Select-Maml '//command:examples/command:example'
        $examples.Count | Should -Be 2
        $examples[0].SelectSingleNode('maml:title', $NsMgr).InnerText | Should -BeLike '*Example 1: Get a widget by name*'
        $examples[0].SelectSingleNode('dev:code', $NsMgr).InnerText | Should -BeLike "Get-HelpFixture -Name 'alpha*'*"
        @($examples[1].SelectNodes('dev:remarks/maml:para', $NsMgr)).Count | Should -Be 2
        $links = Select-Maml '//command:relatedLinks/maml:navigationLink'
        @($links | ForEach-Object { $_.SelectSingleNode('maml:linkText', $NsMgr).InnerText }) | Should -Be @('Online Version:', 'about_HelpFixture', 'Fixture home page')
        $links[0].SelectSingleNode('maml:uri', $NsMgr).InnerText | Should -Be 'https://example.invalid/help/Get-HelpFixture'
        $links[1].SelectSingleNode('maml:uri', $NsMgr).InnerText | Should -Be ''   # relative .md links are dropped
    }

    It 'refuses two commands with the same name' {
        $h = ConvertFrom-PlatyPSMarkdown -Path $script:CommandMd
        { $h, $h | ConvertTo-MamlHelp -OutputPath (Join-Path $TestDrive 'dup.xml') } | Should -Throw -ExpectedMessage "*'Get-HelpFixture' was given twice*"
    }
}

Describe 'Copy-AboutHelp' {
    BeforeAll {
        $script:AboutTxt = Join-Path $TestDrive 'about/about_HelpFixture.help.txt'
        Copy-AboutHelp -Path $script:AboutMd -OutputPath $script:AboutTxt
        $script:AboutLines = Get-Content -LiteralPath $script:AboutTxt
    }

    It 'writes the TOPIC header and the section headings without markdown markers' {
        $AboutLines[0] | Should -Be 'TOPIC'
        $AboutLines[1] | Should -Be '    about_HelpFixture'
        $AboutLines | Should -Contain 'SHORT DESCRIPTION'
        $AboutLines | Should -Contain 'LONG DESCRIPTION'
        $AboutLines | Should -Contain '    Getting started'
        ($AboutLines | Where-Object { $_ -match '^\s*#' }) | Should -BeNullOrEmpty
        ($AboutLines -join "`n") | Should -Not -Match '\*\*|---|```'
    }

    It 'indents and wraps text at 80 columns and indents code further' {
        $AboutLines | Should -Contain '    Describes the HelpFixture test module.'
        ($AboutLines | Where-Object { $_.Length -gt 80 }) | Should -BeNullOrEmpty
        @($AboutLines | Where-Object { $_ -like '    The HelpFixture module exists*' }).Count | Should -Be 1
        $AboutLines | Should -Contain "        Get-HelpFixture -Name 'alpha*'"
        $AboutLines | Should -Contain '    - Another bullet point that links to the fixture home page'
        $AboutLines | Should -Contain '      (https://example.invalid/fixture).'
    }

    It 'names the file after the topic when -OutputPath is a folder (created if missing)' {
        $dir = Join-Path $TestDrive 'aboutdir/en-US'
        $file = Get-Item -LiteralPath $script:AboutMd | Copy-AboutHelp -OutputPath $dir -PassThru
        $file.FullName | Should -Be (Join-Path $dir 'about_HelpFixture.help.txt')
    }
}

Describe 'Get-Help reads the generated help (binary module, child process)' {
    BeforeAll {
        # module layout: <TestDrive>/modules/HelpFixture/{HelpFixture.dll, HelpFixture.psd1, en-US/...}
        $modulesRoot = Join-Path $TestDrive 'modules'
        $moduleDir = Join-Path $modulesRoot 'HelpFixture'
        $null = New-Item -ItemType Directory -Path (Join-Path $moduleDir 'en-US') -Force

        # C# 5 syntax so that Windows PowerShell 5.1 can compile it too
        $source = @'
using System.Management.Automation;

namespace HelpFixture
{
    [Cmdlet(VerbsCommon.Get, "HelpFixture", DefaultParameterSetName = "ByName")]
    public class GetHelpFixtureCommand : PSCmdlet
    {
        private string _kind = "Round";

        [Parameter(Mandatory = true, Position = 0, ParameterSetName = "ByName", ValueFromPipeline = true)]
        [Alias("WidgetName", "N")]
        [SupportsWildcards]
        public string[] Name { get; set; }

        [Parameter(Mandatory = true, ParameterSetName = "ById", ValueFromPipelineByPropertyName = true)]
        [Alias("WidgetId")]
        public int Id { get; set; }

        [Parameter]
        [ValidateSet("Round", "Square")]
        public string Kind { get { return _kind; } set { _kind = value; } }

        [Parameter]
        public SwitchParameter Force { get; set; }

        protected override void ProcessRecord()
        {
            WriteObject(Kind);
        }
    }
}
'@
        Add-Type -TypeDefinition $source -OutputAssembly (Join-Path $moduleDir 'HelpFixture.dll') -OutputType Library
        Set-Content -LiteralPath (Join-Path $moduleDir 'HelpFixture.psd1') -Value @"
@{
    RootModule        = 'HelpFixture.dll'
    ModuleVersion     = '1.0.0'
    GUID              = 'a5b3f1de-2c6e-4a55-9d21-6f0f4a1c9e01'
    CmdletsToExport   = @('Get-HelpFixture')
    FunctionsToExport = @()
    AliasesToExport   = @()
}
"@
        ConvertFrom-PlatyPSMarkdown -Path $script:CommandMd |
            ConvertTo-MamlHelp -OutputPath (Join-Path $moduleDir 'en-US/HelpFixture.dll-Help.xml')
        Copy-AboutHelp -Path $script:AboutMd -OutputPath (Join-Path $moduleDir 'en-US/about_HelpFixture.help.txt')

        $out = Join-Path $TestDrive 'out'
        $null = New-Item -ItemType Directory -Path $out
        $child = Join-Path $TestDrive 'child.ps1'
        Set-Content -LiteralPath $child -Value @"
`$ErrorActionPreference = 'Stop'
`$env:PSModulePath = '$modulesRoot' + [System.IO.Path]::PathSeparator + `$env:PSModulePath
Import-Module HelpFixture
Get-Help Get-HelpFixture -Full     | Out-String -Width 250 | Set-Content -LiteralPath '$out/full.txt'
Get-Help Get-HelpFixture -Examples | Out-String -Width 250 | Set-Content -LiteralPath '$out/examples.txt'
Get-Help about_HelpFixture         | Out-String -Width 250 | Set-Content -LiteralPath '$out/about.txt'
`$h = Get-Help Get-HelpFixture -Full
[pscustomobject]@{
    HelpFile   = (Get-Command Get-HelpFixture).HelpFile
    Category   = [string]`$h.Category
    Synopsis   = [string]`$h.Synopsis
    OnlineUri  = [string]@(`$h.relatedLinks.navigationLink)[0].uri
    Parameters = @(`$h.parameters.parameter | ForEach-Object { [string]`$_.name })
} | ConvertTo-Json | Set-Content -LiteralPath '$out/help.json'
"@
        Invoke-ChildPowerShell -ScriptPath $child | Out-Null
        $script:Full = Get-Content -LiteralPath (Join-Path $out 'full.txt') -Raw
        $script:Examples = Get-Content -LiteralPath (Join-Path $out 'examples.txt') -Raw
        $script:About = Get-Content -LiteralPath (Join-Path $out 'about.txt') -Raw
        $script:HelpObject = Get-Content -LiteralPath (Join-Path $out 'help.json') -Raw | ConvertFrom-Json
    }

    It 'finds the MAML file next to the DLL' {
        # after Get-Help ran, HelpFile is the full path of the file that was read
        $HelpObject.HelpFile | Should -BeLike ('*{0}HelpFixture{0}en-US{0}HelpFixture.dll-Help.xml' -f [System.IO.Path]::DirectorySeparatorChar)
        $HelpObject.Category | Should -Be 'Cmdlet'
        $HelpObject.Synopsis | Should -Be 'Gets fixture widgets for the help converter tests.'
        $HelpObject.OnlineUri | Should -Be 'https://example.invalid/help/Get-HelpFixture'
        $HelpObject.Parameters | Should -Be @('Force', 'Id', 'Kind', 'Name')
    }

    It 'Get-Help -Full shows the synopsis and description' {
        $Full | Should -BeLike '*SYNOPSIS*Gets fixture widgets for the help converter tests.*'
        $Full | Should -BeLike '*DESCRIPTION*The Get-HelpFixture cmdlet returns fixture widgets.*'
        $Full | Should -BeLike '*Widgets whose size is < 10 & > 2 are called "small"*'
    }

    It 'Get-Help -Full shows the syntax of both parameter sets' {
        # positional first, then required, then optional parameters (document order)
        $Full | Should -Match 'Get-HelpFixture \[-Name\] <String\[\]> \[-Force\] \[-Kind \{Round \| Square\}\] \[<CommonParameters>\]'
        $Full | Should -Match 'Get-HelpFixture -Id <Int32> \[-Force\] \[-Kind \{Round \| Square\}\] \[<CommonParameters>\]'
    }

    It 'Get-Help -Full shows the description of -<Name>' -TestCases @(
        @{ Name = 'Force'; Text = 'Includes hidden widgets in the output.' }
        @{ Name = 'Id'; Text = 'Specifies the numeric id of the widget to get.' }
        @{ Name = 'Kind'; Text = 'Specifies the shape of widget to return.' }
        @{ Name = 'Name'; Text = 'Specifies the names of the widgets to get. Wildcards are permitted.' }
    ) {
        $Full | Should -Match ('-{0}\b[^\n]*\r?\n\s+{1}' -f $Name, [regex]::Escape($Text))
    }

    It 'Get-Help -Full shows the parameter metadata, inputs, outputs, notes and links' {
        $Full | Should -Match 'Aliases\s+WidgetName, N'
        $Full | Should -Match 'Accept pipeline input\?\s+True \(ByPropertyName\)'
        $Full | Should -Match 'Default value\s+Round'
        $Full | Should -BeLike '*INPUTS*System.String`[`]*You can pipe widget names to this cmdlet.*'
        $Full | Should -BeLike '*OUTPUTS*System.Management.Automation.PSObject*'
        $Full | Should -BeLike '*NOTES*The fixture note says widgets are not real.*'
        $Full | Should -BeLike '*RELATED LINKS*Online Version: https://example.invalid/help/Get-HelpFixture*Fixture home page https://example.invalid/fixture*'
    }

    It 'Get-Help -Examples shows the example titles, code and remarks' {
        $Examples | Should -BeLike '*Example 1: Get a widget by name*'
        $Examples | Should -Match ([regex]::Escape('Get-HelpFixture -Name ''alpha*'' | Where-Object { $_.Size -lt 10 }'))
        $Examples | Should -BeLike '*This command gets every widget whose name starts with alpha and keeps the small ones.*'
        $Examples | Should -BeLike '*Example 2: Get a widget by id*Get-HelpFixture -Id 42 -Kind Round*42 beta Round*'
        $Examples | Should -Not -BeLike '*PARAMETERS*'
    }

    It 'Get-Help about_HelpFixture finds the .help.txt in the module''s en-US folder' {
        $About | Should -BeLike 'TOPIC*about_HelpFixture*SHORT DESCRIPTION*Describes the HelpFixture test module.*'
        $About | Should -BeLike '*LONG DESCRIPTION*eighty columns*'
    }
}

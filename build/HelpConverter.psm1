#Requires -Version 5.1
<#
    HelpConverter: a small stand-in for the parts of PlatyPS 0.14 that a build needs.

    ConvertFrom-PlatyPSMarkdown  PlatyPS schema 2.0.0 cmdlet markdown -> command help object
    ConvertTo-MamlHelp           command help objects -> MAML file (<Assembly>.dll-Help.xml)
    Copy-AboutHelp               about_X.md -> about_X.help.txt
    Test-PlatyPSMarkdown         $true when every file converts and has no {{ placeholders }}

    Works on Windows PowerShell 5.1 and PowerShell 7+. No classes, no external modules.
#>

Set-StrictMode -Version 2.0

$script:Ns = @{
    msh     = 'http://msh'
    maml    = 'http://schemas.microsoft.com/maml/2004/10'
    command = 'http://schemas.microsoft.com/maml/dev/command/2004/10'
    dev     = 'http://schemas.microsoft.com/maml/dev/2004/10'
    MSHelp  = 'http://msdn.microsoft.com/mshelp'
}

# '## ' sections of a command file, in PlatyPS order. The first four are required.
$script:KnownSections    = @('SYNOPSIS', 'SYNTAX', 'DESCRIPTION', 'EXAMPLES', 'PARAMETERS', 'INPUTS', 'OUTPUTS', 'NOTES', 'RELATED LINKS')
$script:RequiredSections = @('SYNOPSIS', 'SYNTAX', 'DESCRIPTION', 'PARAMETERS')

# keys of a parameter's ```yaml block -> property names
$script:YamlKeys = @{
    'type'                       = 'Type'
    'parameter sets'             = 'ParameterSets'
    'aliases'                    = 'Aliases'
    'accepted values'            = 'AcceptedValues'
    'required'                   = 'Required'
    'position'                   = 'Position'
    'default value'              = 'DefaultValue'
    'accept pipeline input'      = 'PipelineInput'
    'accept wildcard characters' = 'Globbing'
    'applicable'                 = 'Applicable'   # PlatyPS -ApplicableTag metadata; read and ignored
}

#region helpers --------------------------------------------------------------------------------

function New-HelpFormatError {
    # An ErrorRecord whose message starts with "<file>:<line>:" so build logs point at the source.
    param([string]$File, [int]$Line, [string]$Message)
    $where = if ($Line -gt 0) { '{0}:{1}' -f $File, $Line } else { $File }
    $ex = New-Object System.IO.InvalidDataException ('{0}: {1}' -f $where, $Message)
    New-Object System.Management.Automation.ErrorRecord $ex, 'HelpConverter.InvalidMarkdown', 'InvalidData', $File
}

function Resolve-InputFile {
    param([System.Management.Automation.PSCmdlet]$Cmdlet, [string]$Path)
    $full = $Cmdlet.GetUnresolvedProviderPathFromPSPath($Path)
    if (-not (Test-Path -LiteralPath $full -PathType Leaf)) {
        $ex = New-Object System.IO.FileNotFoundException ("Markdown file not found: $full"), $full
        throw (New-Object System.Management.Automation.ErrorRecord $ex, 'HelpConverter.FileNotFound', 'ObjectNotFound', $full)
    }
    $full
}

function Get-Value {
    # Reads a property from a PSObject or a key from a hashtable; $Default when absent or $null.
    param($InputObject, [string]$Name, $Default = $null)
    if ($null -eq $InputObject) { return $Default }
    if ($InputObject -is [System.Collections.IDictionary]) {
        if ($InputObject.Contains($Name) -and $null -ne $InputObject[$Name]) { return $InputObject[$Name] }
        return $Default
    }
    $prop = $InputObject.PSObject.Properties[$Name]
    if ($null -ne $prop -and $null -ne $prop.Value) { return $prop.Value }
    $Default
}

function Read-MarkdownBlock {
    <#
        Splits a markdown file into front matter and a flat list of blocks:
          Heading (Level, Text), Code (Lang, Text), Text (Lines: one paragraph of raw lines).
        Every block carries the 1-based Line it starts on.
    #>
    param([string]$File)

    $raw = [System.IO.File]::ReadAllText($File)
    $lines = ($raw -replace "`r`n", "`n" -replace "`r", "`n") -split "`n"
    $front = [ordered]@{}
    $blocks = New-Object 'System.Collections.Generic.List[object]'
    $i = 0

    if ($lines.Count -gt 0 -and $lines[0].Trim() -eq '---') {
        $end = -1
        for ($j = 1; $j -lt $lines.Count; $j++) { if ($lines[$j].Trim() -eq '---') { $end = $j; break } }
        if ($end -lt 0) { throw (New-HelpFormatError $File 1 "the YAML front matter that starts with '---' is never closed") }
        for ($j = 1; $j -lt $end; $j++) {
            if ($lines[$j] -match '^\s*([^:#][^:]*?)\s*:\s*(.*?)\s*$') { $front[$Matches[1]] = $Matches[2] -replace '^([''"])(.*)\1$', '$2' }
        }
        $i = $end + 1
    }

    $para = New-Object 'System.Collections.Generic.List[string]'
    $paraLine = 0
    $flush = {
        if ($para.Count -gt 0) {
            $blocks.Add([pscustomobject]@{ Kind = 'Text'; Line = $paraLine; Lines = $para.ToArray() })
            $para.Clear()
        }
    }

    while ($i -lt $lines.Count) {
        $line = $lines[$i]
        if ($line -match '^(\s{0,3})(`{3,}|~{3,})\s*([^\s`]*)') {
            . $flush
            $indent = $Matches[1].Length; $fence = $Matches[2]; $lang = $Matches[3]; $start = $i + 1
            $code = New-Object 'System.Collections.Generic.List[string]'
            $i++
            $closed = $false
            while ($i -lt $lines.Count) {
                $l = $lines[$i]
                if ($l.Trim().StartsWith($fence) -and $l.Trim().Trim($fence[0]) -eq '') { $closed = $true; break }
                # drop up to the fence's own indentation
                $code.Add(($l -replace ('^ {0,' + $indent + '}'), ''))
                $i++
            }
            if (-not $closed) { throw (New-HelpFormatError $File $start "the code block opened with '$fence' is never closed") }
            $blocks.Add([pscustomobject]@{ Kind = 'Code'; Line = $start; Lang = $lang.ToLowerInvariant(); Text = ($code.ToArray() -join "`n") })
        }
        elseif ($line -match '^\s{0,3}(#{1,6})\s+(.*?)(?:\s+#+)?\s*$') {
            . $flush
            $blocks.Add([pscustomobject]@{ Kind = 'Heading'; Line = $i + 1; Level = $Matches[1].Length; Text = $Matches[2].Trim() })
        }
        elseif ($line.Trim() -eq '') {
            . $flush
        }
        else {
            if ($para.Count -eq 0) { $paraLine = $i + 1 }
            $para.Add($line)
        }
        $i++
    }
    . $flush

    [pscustomobject]@{ FrontMatter = $front; Blocks = $blocks.ToArray() }
}

function Split-MarkdownParagraph {
    <#
        One markdown paragraph (raw lines) -> one or more text paragraphs.
        Soft line breaks become spaces; a line ending in two spaces or '\' keeps its break;
        every list item ('- ', '* ', '+ ', '1. ') becomes its own paragraph, marker kept.
    #>
    param([string[]]$Lines)
    $result = New-Object 'System.Collections.Generic.List[string]'
    $current = $null
    $hardBreak = $false
    foreach ($l in $Lines) {
        $t = $l.Trim()
        $isItem = $t -match '^([-*+]|\d+[.)])\s+'
        if ($isItem -and $null -ne $current) { $result.Add($current); $current = $null }
        if ($t.EndsWith('\')) { $t = $t.Substring(0, $t.Length - 1).TrimEnd(); $nextBreak = $true }
        else { $nextBreak = $l.EndsWith('  ') }
        if ($null -eq $current) { $current = $t }
        elseif ($hardBreak) { $current = $current + "`n" + $t }
        else { $current = $current + ' ' + $t }
        $hardBreak = $nextBreak
    }
    if ($null -ne $current) { $result.Add($current) }
    $result.ToArray()
}

function ConvertTo-ParagraphList {
    # Text and code blocks -> string[] paragraphs. Code keeps its lines, indented by four spaces.
    param([object[]]$Blocks)
    $out = New-Object 'System.Collections.Generic.List[string]'
    foreach ($b in $Blocks) {
        if ($b.Kind -eq 'Text') { foreach ($p in (Split-MarkdownParagraph $b.Lines)) { $out.Add($p) } }
        elseif ($b.Kind -eq 'Code') { $out.Add((($b.Text -split "`n") | ForEach-Object { if ($_ -ne '') { '    ' + $_ } else { '' } }) -join "`n") }
    }
    , $out.ToArray()
}

function Group-ByHeading {
    <#
        Splits the blocks of a section at its '### ' headings. Returns the blocks before the
        first heading (Lead) and one entry per heading (Heading, Blocks). Deeper headings are errors.
    #>
    param([string]$File, [string]$Section, [object[]]$Blocks)
    $lead = New-Object 'System.Collections.Generic.List[object]'
    $groups = New-Object 'System.Collections.Generic.List[object]'
    $current = $null
    foreach ($b in $Blocks) {
        if ($b.Kind -eq 'Heading') {
            if ($b.Level -ne 3) {
                throw (New-HelpFormatError $File $b.Line ("unexpected heading level {0} ('{1} {2}') in section '## {3}'; expected '### '" -f $b.Level, ('#' * $b.Level), $b.Text, $Section))
            }
            $current = [pscustomobject]@{ Heading = $b; Blocks = (New-Object 'System.Collections.Generic.List[object]') }
            $groups.Add($current)
        }
        elseif ($null -eq $current) { $lead.Add($b) }
        else { $current.Blocks.Add($b) }
    }
    [pscustomobject]@{ Lead = $lead.ToArray(); Groups = $groups.ToArray() }
}

function Split-List {
    param([string]$Value, [string[]]$NoneWords = @('None'))
    if ([string]::IsNullOrWhiteSpace($Value)) { return , @() }
    $items = @($Value -split ',' | ForEach-Object { $_.Trim() } | Where-Object { $_ -ne '' })
    if ($items.Count -eq 1 -and $NoneWords -contains $items[0]) { return , @() }
    , $items
}

function ConvertFrom-ParameterYaml {
    # One ```yaml block of a parameter -> metadata object (values typed and validated).
    param([string]$File, [string]$Parameter, $Block)
    $values = @{}
    $n = 0
    foreach ($l in ($Block.Text -split "`n")) {
        $lineNo = $Block.Line + 1 + $n; $n++
        if ($l.Trim() -eq '' -or $l.Trim().StartsWith('#')) { continue }
        if ($l -notmatch '^\s*([^:]+?)\s*:\s*(.*?)\s*$') {
            throw (New-HelpFormatError $File $lineNo "parameter -${Parameter}: expected 'Key: Value' in the yaml block, got '$($l.Trim())'")
        }
        $key = $Matches[1].ToLowerInvariant(); $value = $Matches[2]
        if (-not $script:YamlKeys.ContainsKey($key)) {
            throw (New-HelpFormatError $File $lineNo ("parameter -{0}: unknown yaml key '{1}' (known: {2})" -f $Parameter, $Matches[1], 'Type, Parameter Sets, Aliases, Accepted values, Required, Position, Default value, Accept pipeline input, Accept wildcard characters'))
        }
        $values[$script:YamlKeys[$key]] = $value
    }

    foreach ($boolKey in 'Required', 'Globbing') {
        if ($values.ContainsKey($boolKey) -and $values[$boolKey] -notmatch '^(true|false)$') {
            throw (New-HelpFormatError $File $Block.Line "parameter -${Parameter}: '$boolKey' must be True or False, got '$($values[$boolKey])'")
        }
    }
    $position = if ($values.ContainsKey('Position') -and $values['Position'] -ne '') { $values['Position'] } else { 'Named' }
    if ($position -notmatch '^(named|\d+)$') {
        throw (New-HelpFormatError $File $Block.Line "parameter -${Parameter}: 'Position' must be Named or a number, got '$position'")
    }
    if ($position -eq 'named') { $position = 'Named' }
    $pipeline = if ($values.ContainsKey('PipelineInput') -and $values['PipelineInput'] -ne '') { $values['PipelineInput'] } else { 'False' }
    if ($pipeline -notmatch '^(true|false)\b') {
        throw (New-HelpFormatError $File $Block.Line "parameter -${Parameter}: 'Accept pipeline input' must start with True or False, got '$pipeline'")
    }
    $sets = Split-List (Get-Value $values 'ParameterSets' '') -NoneWords @()
    if ($sets.Count -eq 0) { $sets = @('(All)') }

    [pscustomobject]@{
        Type           = [string](Get-Value $values 'Type' '')
        ParameterSets  = $sets
        Aliases        = Split-List (Get-Value $values 'Aliases' '')
        AcceptedValues = Split-List (Get-Value $values 'AcceptedValues' '')
        Required       = ((Get-Value $values 'Required' 'false') -eq 'true')
        Position       = $position
        DefaultValue   = [string](Get-Value $values 'DefaultValue' 'None')
        PipelineInput  = $pipeline
        Globbing       = ((Get-Value $values 'Globbing' 'false') -eq 'true')
    }
}

function Format-WrappedText {
    # Greedy word wrap; $Indent on the first line, $Hanging on the rest. Keeps explicit line breaks.
    param([string]$Text, [string]$Indent = '    ', [string]$Hanging = $Indent, [int]$Width = 80)
    $out = New-Object 'System.Collections.Generic.List[string]'
    $prefix = $Indent
    foreach ($segment in ($Text -split "`n")) {
        $line = ''
        foreach ($word in ($segment -split '\s+' | Where-Object { $_ -ne '' })) {
            if ($line -ne '' -and ($prefix.Length + $line.Length + 1 + $word.Length) -gt $Width) {
                $out.Add($prefix + $line); $prefix = $Hanging; $line = $word
            }
            elseif ($line -eq '') { $line = $word }
            else { $line = $line + ' ' + $word }
        }
        $out.Add(($prefix + $line).TrimEnd()); $prefix = $Hanging
    }
    $out.ToArray()
}

function ConvertFrom-InlineMarkdown {
    # For plain-text output: [text](url) -> "text (url)", **bold** -> bold. Backticks are kept.
    param([string]$Text)
    $Text = [regex]::Replace($Text, '\[([^\]]+)\]\(([^)\s]*)\)', { param($m) if ($m.Groups[2].Value) { '{0} ({1})' -f $m.Groups[1].Value, $m.Groups[2].Value } else { $m.Groups[1].Value } })
    $Text -replace '\*\*(.+?)\*\*', '$1'
}

#endregion

#region command markdown -> object -------------------------------------------------------------

function ConvertTo-CommandHelpObject {
    param([string]$File, $Document)

    $blocks = $Document.Blocks
    $front = $Document.FrontMatter
    if ($front.Contains('schema') -and $front['schema'] -ne '2.0.0') {
        throw (New-HelpFormatError $File 1 "unsupported PlatyPS schema '$($front['schema'])'; only 2.0.0 is supported")
    }

    $h1 = @($blocks | Where-Object { $_.Kind -eq 'Heading' -and $_.Level -eq 1 })
    if ($h1.Count -eq 0) { throw (New-HelpFormatError $File 0 "missing the command name heading '# <Verb-Noun>'") }
    if ($h1.Count -gt 1) { throw (New-HelpFormatError $File $h1[1].Line "more than one '# ' heading ('# $($h1[1].Text)'); one command per file") }
    $name = $h1[0].Text
    if ($name -like 'about_*') { throw (New-HelpFormatError $File $h1[0].Line "'$name' is an about topic; convert it with Copy-AboutHelp") }
    if ($name -notmatch '^[^-\s]+-\S+$') { throw (New-HelpFormatError $File $h1[0].Line "the command name heading '# $name' is not of the form Verb-Noun") }

    # group everything after '# Name' into '## ' sections
    $sections = [ordered]@{}
    $current = $null
    $stray = $null
    $seenName = $false
    foreach ($b in $blocks) {
        if (-not $seenName) {
            if ($b.Line -eq $h1[0].Line) { $seenName = $true; continue }
            throw (New-HelpFormatError $File $b.Line "unexpected content before the '# $name' heading")
        }
        if ($b.Kind -eq 'Heading' -and $b.Level -eq 2) {
            $key = $b.Text.ToUpperInvariant()
            if ($script:KnownSections -notcontains $key) {
                throw (New-HelpFormatError $File $b.Line ("unknown section '## {0}' (expected one of: {1})" -f $b.Text, ($script:KnownSections -join ', ')))
            }
            if ($sections.Contains($key)) { throw (New-HelpFormatError $File $b.Line "section '## $key' appears twice") }
            $current = [pscustomobject]@{ Line = $b.Line; Blocks = (New-Object 'System.Collections.Generic.List[object]') }
            $sections[$key] = $current
        }
        elseif ($null -eq $current) { if ($null -eq $stray) { $stray = $b } }
        else { $current.Blocks.Add($b) }
    }
    foreach ($required in $script:RequiredSections) {
        if (-not $sections.Contains($required)) {
            $hint = if ($null -ne $stray) { " (the text on line $($stray.Line) is not under any '## ' heading)" } else { '' }
            throw (New-HelpFormatError $File 0 "missing required section '## $required'$hint")
        }
    }
    if ($null -ne $stray) { throw (New-HelpFormatError $File $stray.Line "unexpected content between '# $name' and the first '## ' section") }
    $section = { param($key) if ($sections.Contains($key)) { $sections[$key].Blocks.ToArray() } else { @() } }
    $noSubHeadings = {
        param($key)
        foreach ($b in (& $section $key)) {
            if ($b.Kind -eq 'Heading') { throw (New-HelpFormatError $File $b.Line "unexpected heading '$('#' * $b.Level) $($b.Text)' in section '## $key'") }
        }
    }

    # SYNOPSIS
    & $noSubHeadings 'SYNOPSIS'
    $synopsis = (ConvertTo-ParagraphList (& $section 'SYNOPSIS')) -join ' '
    if ([string]::IsNullOrWhiteSpace($synopsis)) { throw (New-HelpFormatError $File $sections['SYNOPSIS'].Line "section '## SYNOPSIS' is empty") }

    # DESCRIPTION, NOTES
    & $noSubHeadings 'DESCRIPTION'
    $description = ConvertTo-ParagraphList (& $section 'DESCRIPTION')
    & $noSubHeadings 'NOTES'
    $notes = ConvertTo-ParagraphList (& $section 'NOTES')

    # SYNTAX: '### SetName [(Default)]' + code block. Only the set names are used for MAML.
    $syntax = New-Object 'System.Collections.Generic.List[object]'
    $g = Group-ByHeading $File 'SYNTAX' (& $section 'SYNTAX')
    foreach ($code in @($g.Lead | Where-Object { $_.Kind -eq 'Code' })) {
        $syntax.Add([pscustomobject]@{ Name = '__AllParameterSets'; IsDefault = $true; Text = $code.Text })
    }
    foreach ($grp in $g.Groups) {
        $setName = $grp.Heading.Text; $isDefault = $false
        if ($setName -match '^(.*?)\s*\(Default\)$') { $setName = $Matches[1]; $isDefault = $true }
        $text = (@($grp.Blocks | Where-Object { $_.Kind -eq 'Code' } | ForEach-Object { $_.Text })) -join "`n"
        $syntax.Add([pscustomobject]@{ Name = $setName; IsDefault = $isDefault; Text = $text })
    }

    # EXAMPLES: '### Title', optional intro text, one or more code blocks, remarks text
    $examples = New-Object 'System.Collections.Generic.List[object]'
    $g = Group-ByHeading $File 'EXAMPLES' (& $section 'EXAMPLES')
    if (@($g.Lead).Count -gt 0) { throw (New-HelpFormatError $File $g.Lead[0].Line "text in '## EXAMPLES' before the first '### Example' heading") }
    foreach ($grp in $g.Groups) {
        $codeBlocks = @($grp.Blocks | Where-Object { $_.Kind -eq 'Code' })
        if ($codeBlocks.Count -eq 0) { throw (New-HelpFormatError $File $grp.Heading.Line "example '$($grp.Heading.Text)' has no code block") }
        $firstCode = 0
        while ($grp.Blocks[$firstCode].Kind -ne 'Code') { $firstCode++ }
        $intro = @($grp.Blocks | Select-Object -First $firstCode)
        $after = @($grp.Blocks | Select-Object -Skip $firstCode | Where-Object { $_.Kind -eq 'Text' })
        $examples.Add([pscustomobject]@{
                Title        = $grp.Heading.Text
                Introduction = ConvertTo-ParagraphList $intro
                Code         = ($codeBlocks | ForEach-Object { $_.Text }) -join "`n`n"
                Remarks      = ConvertTo-ParagraphList $after
            })
    }

    # PARAMETERS: '### -Name', description, one ```yaml block per distinct metadata set
    $parameters = New-Object 'System.Collections.Generic.List[object]'
    $commonParameters = $false
    $g = Group-ByHeading $File 'PARAMETERS' (& $section 'PARAMETERS')
    if (@($g.Lead).Count -gt 0) { throw (New-HelpFormatError $File $g.Lead[0].Line "text in '## PARAMETERS' before the first '### -Name' heading") }
    foreach ($grp in $g.Groups) {
        $pName = $grp.Heading.Text
        if ($pName -match '^<?(Workflow)?CommonParameters>?$') { $commonParameters = $true; continue }
        $pName = $pName.TrimStart('-')
        if ($pName -notmatch '^\w+$') { throw (New-HelpFormatError $File $grp.Heading.Line "'### $($grp.Heading.Text)' is not a parameter heading of the form '### -Name'") }
        if (@($parameters | Where-Object { $_.Name -eq $pName }).Count) { throw (New-HelpFormatError $File $grp.Heading.Line "parameter -$pName is described twice") }
        $yaml = @($grp.Blocks | Where-Object { $_.Kind -eq 'Code' -and @('yaml', 'yml') -contains $_.Lang })
        $yamlLines = @($yaml | ForEach-Object { $_.Line })
        if ($yaml.Count -eq 0) { throw (New-HelpFormatError $File $grp.Heading.Line ('parameter -{0} has no ```yaml metadata block (Type, Parameter Sets, Required, Position, ...)' -f $pName)) }
        $meta = @($yaml | ForEach-Object { ConvertFrom-ParameterYaml $File $pName $_ })
        $first = $meta[0]
        $parameters.Add([pscustomobject]@{
                Name           = $pName
                Description    = ConvertTo-ParagraphList @($grp.Blocks | Where-Object { $yamlLines -notcontains $_.Line })
                Type           = $first.Type
                ParameterSets  = @($meta | ForEach-Object { $_.ParameterSets } | Select-Object -Unique)
                Aliases        = $first.Aliases
                AcceptedValues = $first.AcceptedValues
                Required       = $first.Required
                Position       = $first.Position
                DefaultValue   = $first.DefaultValue
                PipelineInput  = $first.PipelineInput
                Globbing       = $first.Globbing
                Metadata       = $meta
            })
    }

    # INPUTS / OUTPUTS: '### TypeName' + text
    $io = @{}
    foreach ($key in 'INPUTS', 'OUTPUTS') {
        $list = New-Object 'System.Collections.Generic.List[object]'
        $g = Group-ByHeading $File $key (& $section $key)
        if (@($g.Lead).Count -gt 0) { throw (New-HelpFormatError $File $g.Lead[0].Line "text in '## $key' before the first '### <TypeName>' heading") }
        foreach ($grp in $g.Groups) {
            $list.Add([pscustomobject]@{ TypeName = $grp.Heading.Text; Description = ConvertTo-ParagraphList $grp.Blocks.ToArray() })
        }
        $io[$key] = $list.ToArray()
    }

    # RELATED LINKS: [text](uri), one or more per line, optionally as list items
    $links = New-Object 'System.Collections.Generic.List[object]'
    & $noSubHeadings 'RELATED LINKS'
    foreach ($b in (& $section 'RELATED LINKS')) {
        if ($b.Kind -ne 'Text') { throw (New-HelpFormatError $File $b.Line "only markdown links '[text](uri)' are allowed in '## RELATED LINKS'") }
        $n = 0
        foreach ($l in $b.Lines) {
            $found = [regex]::Matches($l, '\[([^\]]*)\]\(\s*([^)\s]*)\s*\)')
            $rest = ([regex]::Replace($l, '\[([^\]]*)\]\(\s*([^)\s]*)\s*\)', '') -replace '^\s*([-*+]|\d+\.)\s', '').Trim()
            if ($found.Count -eq 0 -or $rest -ne '') {
                throw (New-HelpFormatError $File ($b.Line + $n) "expected a markdown link '[text](uri)' in '## RELATED LINKS', got '$($l.Trim())'")
            }
            foreach ($m in $found) { $links.Add([pscustomobject]@{ Text = $m.Groups[1].Value; Uri = $m.Groups[2].Value }) }
            $n++
        }
    }

    $verb, $noun = $name -split '-', 2
    [pscustomobject]@{
        PSTypeName               = 'HelpConverter.CommandHelp'
        Name                     = $name
        Verb                     = $verb
        Noun                     = $noun
        ModuleName               = [string](Get-Value $front 'Module Name' '')
        ExternalHelpFile         = [string](Get-Value $front 'external help file' '')
        OnlineVersion            = [string](Get-Value $front 'online version' '')
        Synopsis                 = $synopsis
        Description              = $description
        Syntax                   = $syntax.ToArray()
        Examples                 = $examples.ToArray()
        Parameters               = $parameters.ToArray()
        SupportsCommonParameters = $commonParameters
        Inputs                   = $io['INPUTS']
        Outputs                  = $io['OUTPUTS']
        Notes                    = $notes
        Links                    = $links.ToArray()
        Metadata                 = $front
        Path                     = $File
    }
}

function ConvertFrom-PlatyPSMarkdown {
    <#
    .SYNOPSIS
        Parses one PlatyPS (schema 2.0.0) command markdown file into a command help object.
    .DESCRIPTION
        Returns an object with Name, Verb, Noun, Synopsis, Description, Syntax, Examples, Parameters,
        Inputs, Outputs, Notes, Links, ModuleName, OnlineVersion, SupportsCommonParameters and Path.
        Text is returned as arrays of paragraphs. Malformed files throw an error whose message starts
        with "<file>:<line>:" and names the missing or broken section.
    .EXAMPLE
        Get-ChildItem docs/en-US/*.md -Exclude about_* | ConvertFrom-PlatyPSMarkdown
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true, Position = 0, ValueFromPipeline = $true, ValueFromPipelineByPropertyName = $true)]
        [Alias('FullName')]
        [string[]]$Path
    )
    process {
        foreach ($p in $Path) {
            try {
                $file = Resolve-InputFile $PSCmdlet $p
                ConvertTo-CommandHelpObject -File $file -Document (Read-MarkdownBlock $file)
            }
            catch { $PSCmdlet.ThrowTerminatingError($_) }
        }
    }
}

#endregion

#region object -> MAML -------------------------------------------------------------------------

function Test-SwitchType {
    param([string]$Type)
    @('switch', 'SwitchParameter', 'System.Management.Automation.SwitchParameter') -contains $Type
}

function Get-SyntaxItem {
    <#
        One entry per parameter set: set names come from '### SetName' headings under SYNTAX and from
        the parameters' 'Parameter Sets'; a parameter is in a set when one of its yaml blocks names the
        set or says (All). Order: positional (by position), then required, then optional named ones,
        each in document order.
    #>
    param($Command)
    $names = New-Object 'System.Collections.Generic.List[string]'
    $addName = { param($n) if ($n -and $n -ne '(All)' -and $n -ne '__AllParameterSets' -and -not ($names | Where-Object { $_ -eq $n })) { $names.Add($n) } }
    foreach ($s in @(Get-Value $Command 'Syntax' @())) { & $addName (Get-Value $s 'Name' '') }
    $parameters = @(Get-Value $Command 'Parameters' @())
    foreach ($p in $parameters) { foreach ($m in @(Get-Value $p 'Metadata' @($p))) { foreach ($n in @(Get-Value $m 'ParameterSets' @('(All)'))) { & $addName $n } } }
    if ($names.Count -eq 0) { $names.Add('__AllParameterSets') }

    foreach ($set in $names) {
        $entries = foreach ($p in $parameters) {
            $meta = @(Get-Value $p 'Metadata' @($p)) | Where-Object {
                $sets = @(Get-Value $_ 'ParameterSets' @('(All)'))
                $set -eq '__AllParameterSets' -or $sets -contains '(All)' -or $sets -contains $set
            } | Select-Object -First 1
            if ($meta) { [pscustomobject]@{ Parameter = $p; Metadata = $meta } }
        }
        $positional = @($entries | Where-Object { [string](Get-Value $_.Metadata 'Position' 'Named') -match '^\d+$' } |
                Sort-Object { [int](Get-Value $_.Metadata 'Position') })
        $named = @($entries | Where-Object { [string](Get-Value $_.Metadata 'Position' 'Named') -notmatch '^\d+$' })
        $requiredNamed = @($named | Where-Object { [bool](Get-Value $_.Metadata 'Required' $false) })
        $optionalNamed = @($named | Where-Object { -not [bool](Get-Value $_.Metadata 'Required' $false) })
        [pscustomobject]@{ Name = $set; Entries = @($positional + $requiredNamed + $optionalNamed) }
    }
}

function Write-MamlPara {
    param([System.Xml.XmlWriter]$Writer, [string]$Element, [string]$Prefix, $Paragraphs)
    $Writer.WriteStartElement($Prefix, $Element, $script:Ns[$Prefix])
    foreach ($p in @($Paragraphs)) {
        if ($null -ne $p) { $Writer.WriteElementString('maml', 'para', $script:Ns.maml, [string]$p) }
    }
    $Writer.WriteEndElement()
}

function Write-MamlParameter {
    param([System.Xml.XmlWriter]$Writer, $Parameter, $Metadata, [bool]$InSyntax)
    $w = $Writer
    $type = [string](Get-Value $Metadata 'Type' (Get-Value $Parameter 'Type' ''))
    $isSwitch = Test-SwitchType $type
    if ($isSwitch) { $type = 'SwitchParameter' }
    $aliases = @(Get-Value $Metadata 'Aliases' @())
    $accepted = @(Get-Value $Metadata 'AcceptedValues' @())
    $default = [string](Get-Value $Metadata 'DefaultValue' 'None')
    if ($isSwitch -and ($default -eq '' -or $default -eq 'None')) { $default = 'False' }

    $w.WriteStartElement('command', 'parameter', $script:Ns.command)
    $w.WriteAttributeString('required', ([string][bool](Get-Value $Metadata 'Required' $false)).ToLowerInvariant())
    $w.WriteAttributeString('variableLength', 'true')
    $w.WriteAttributeString('globbing', ([string][bool](Get-Value $Metadata 'Globbing' $false)).ToLowerInvariant())
    $w.WriteAttributeString('pipelineInput', [string](Get-Value $Metadata 'PipelineInput' 'False'))
    $w.WriteAttributeString('position', ([string](Get-Value $Metadata 'Position' 'Named')).ToLowerInvariant())
    $w.WriteAttributeString('aliases', $(if ($aliases.Count) { $aliases -join ', ' } else { 'none' }))
    $w.WriteElementString('maml', 'name', $script:Ns.maml, [string](Get-Value $Parameter 'Name'))
    Write-MamlPara $w 'description' 'maml' (Get-Value $Parameter 'Description' @())
    if ($InSyntax -and $accepted.Count) {
        $w.WriteStartElement('command', 'parameterValueGroup', $script:Ns.command)
        foreach ($v in $accepted) {
            $w.WriteStartElement('command', 'parameterValue', $script:Ns.command)
            $w.WriteAttributeString('required', 'false'); $w.WriteAttributeString('variableLength', 'false')
            $w.WriteString([string]$v)
            $w.WriteEndElement()
        }
        $w.WriteEndElement()
    }
    if (-not ($InSyntax -and $isSwitch)) {
        # a switch shows no value in the syntax
        $w.WriteStartElement('command', 'parameterValue', $script:Ns.command)
        $w.WriteAttributeString('required', $(if ($isSwitch) { 'false' } else { 'true' }))
        $w.WriteAttributeString('variableLength', 'false')
        $w.WriteString($type)
        $w.WriteEndElement()
    }
    $w.WriteStartElement('dev', 'type', $script:Ns.dev)
    $w.WriteElementString('maml', 'name', $script:Ns.maml, $type)
    $w.WriteElementString('maml', 'uri', $script:Ns.maml, '')
    $w.WriteEndElement()
    $w.WriteElementString('dev', 'defaultValue', $script:Ns.dev, $default)
    $w.WriteEndElement()
}

function Write-MamlCommand {
    param([System.Xml.XmlWriter]$Writer, $Command)
    $w = $Writer
    $name = [string](Get-Value $Command 'Name')
    $verb, $noun = $name -split '-', 2

    $w.WriteStartElement('command', 'command', $script:Ns.command)
    foreach ($prefix in 'maml', 'command', 'dev', 'MSHelp') { $w.WriteAttributeString('xmlns', $prefix, $null, $script:Ns[$prefix]) }

    $w.WriteStartElement('command', 'details', $script:Ns.command)
    $w.WriteElementString('command', 'name', $script:Ns.command, $name)
    $w.WriteElementString('command', 'verb', $script:Ns.command, [string]$verb)
    $w.WriteElementString('command', 'noun', $script:Ns.command, [string]$noun)
    Write-MamlPara $w 'description' 'maml' (Get-Value $Command 'Synopsis' '')
    $w.WriteEndElement()

    Write-MamlPara $w 'description' 'maml' (Get-Value $Command 'Description' @())

    $w.WriteStartElement('command', 'syntax', $script:Ns.command)
    foreach ($item in (Get-SyntaxItem $Command)) {
        $w.WriteStartElement('command', 'syntaxItem', $script:Ns.command)
        $w.WriteElementString('maml', 'name', $script:Ns.maml, $name)
        foreach ($e in $item.Entries) { Write-MamlParameter $w $e.Parameter $e.Metadata $true }
        $w.WriteEndElement()
    }
    $w.WriteEndElement()

    $w.WriteStartElement('command', 'parameters', $script:Ns.command)
    foreach ($p in @(Get-Value $Command 'Parameters' @())) { Write-MamlParameter $w $p $p $false }
    $w.WriteEndElement()

    foreach ($io in @(@('Inputs', 'inputTypes', 'inputType'), @('Outputs', 'returnValues', 'returnValue'))) {
        $w.WriteStartElement('command', $io[1], $script:Ns.command)
        foreach ($t in @(Get-Value $Command $io[0] @())) {
            $w.WriteStartElement('command', $io[2], $script:Ns.command)
            $w.WriteStartElement('dev', 'type', $script:Ns.dev)
            $w.WriteElementString('maml', 'name', $script:Ns.maml, [string](Get-Value $t 'TypeName'))
            $w.WriteEndElement()
            Write-MamlPara $w 'description' 'maml' (Get-Value $t 'Description' @())
            $w.WriteEndElement()
        }
        $w.WriteEndElement()
    }

    $w.WriteStartElement('maml', 'alertSet', $script:Ns.maml)
    Write-MamlPara $w 'alert' 'maml' (Get-Value $Command 'Notes' @())
    $w.WriteEndElement()

    $w.WriteStartElement('command', 'examples', $script:Ns.command)
    foreach ($ex in @(Get-Value $Command 'Examples' @())) {
        $w.WriteStartElement('command', 'example', $script:Ns.command)
        $w.WriteElementString('maml', 'title', $script:Ns.maml, ('-------------------------- {0} --------------------------' -f (Get-Value $ex 'Title' '')))
        $w.WriteElementString('dev', 'code', $script:Ns.dev, [string](Get-Value $ex 'Code' ''))
        # Introduction prose goes first in the remarks: <maml:introduction> is shown as the prompt before the code.
        Write-MamlPara $w 'remarks' 'dev' (@(Get-Value $ex 'Introduction' @()) + @(Get-Value $ex 'Remarks' @()))
        $w.WriteEndElement()
    }
    $w.WriteEndElement()

    # The first link's uri is what Get-Help -Online opens; 'online version' from the front matter goes first.
    $links = @(Get-Value $Command 'Links' @())
    $online = [string](Get-Value $Command 'OnlineVersion' '')
    if ($online -and -not ($links | Where-Object { (Get-Value $_ 'Uri' '') -eq $online })) {
        $links = @([pscustomobject]@{ Text = 'Online Version:'; Uri = $online }) + $links
    }
    $w.WriteStartElement('command', 'relatedLinks', $script:Ns.command)
    foreach ($l in $links) {
        $w.WriteStartElement('maml', 'navigationLink', $script:Ns.maml)
        $w.WriteElementString('maml', 'linkText', $script:Ns.maml, [string](Get-Value $l 'Text' ''))
        # like PlatyPS, only absolute URIs are kept (relative ones such as 'about_X.md' mean nothing to Get-Help)
        $uri = [string](Get-Value $l 'Uri' '')
        if (-not [System.Uri]::IsWellFormedUriString($uri, [System.UriKind]::Absolute)) { $uri = '' }
        $w.WriteElementString('maml', 'uri', $script:Ns.maml, $uri)
        $w.WriteEndElement()
    }
    $w.WriteEndElement()

    $w.WriteEndElement()
}

function ConvertTo-MamlHelp {
    <#
    .SYNOPSIS
        Writes command help objects (from ConvertFrom-PlatyPSMarkdown) to one MAML help file.
    .DESCRIPTION
        For a binary module the file must be named '<Assembly>.dll-Help.xml' and placed in a culture
        folder (en-US) next to the DLL. Written with an XmlWriter, UTF-8 without BOM.
    .EXAMPLE
        Get-ChildItem docs/en-US/*.md -Exclude about_* | ConvertFrom-PlatyPSMarkdown |
            ConvertTo-MamlHelp -OutputPath out/IntercomPS/en-US/IntercomPS.dll-Help.xml
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true, ValueFromPipeline = $true)]
        [object[]]$Command,

        [Parameter(Mandatory = $true)]
        [string]$OutputPath,

        [switch]$PassThru
    )
    begin { $all = New-Object 'System.Collections.Generic.List[object]' }
    process { foreach ($c in $Command) { if ($null -ne $c) { $all.Add($c) } } }
    end {
        try {
            $seen = @{}
            foreach ($c in $all) {
                $n = [string](Get-Value $c 'Name' '')
                if ($n -notmatch '^[^-\s]+-\S+$') { throw "ConvertTo-MamlHelp: command object has no Verb-Noun Name (got '$n')." }
                if ($seen.ContainsKey($n)) { throw "ConvertTo-MamlHelp: command '$n' was given twice (from '$(Get-Value $c 'Path' '?')' and '$($seen[$n])')." }
                $seen[$n] = Get-Value $c 'Path' '?'
            }
            $file = $PSCmdlet.GetUnresolvedProviderPathFromPSPath($OutputPath)
            $dir = Split-Path -Parent $file
            if ($dir -and -not (Test-Path -LiteralPath $dir)) { $null = New-Item -ItemType Directory -Path $dir -Force }

            $settings = New-Object System.Xml.XmlWriterSettings
            $settings.Indent = $true
            $settings.IndentChars = '  '
            $settings.Encoding = New-Object System.Text.UTF8Encoding $false
            $writer = [System.Xml.XmlWriter]::Create($file, $settings)
            try {
                $writer.WriteStartDocument()
                $writer.WriteStartElement('helpItems', $script:Ns.msh)
                $writer.WriteAttributeString('schema', 'maml')
                foreach ($c in $all) { Write-MamlCommand $writer $c }
                $writer.WriteEndElement()
                $writer.WriteEndDocument()
            }
            finally { $writer.Close() }
            if ($PassThru) { Get-Item -LiteralPath $file }
        }
        catch { $PSCmdlet.ThrowTerminatingError($_) }
    }
}

#endregion

#region about topics ---------------------------------------------------------------------------

function ConvertTo-AboutText {
    <#
        about markdown -> lines of the .help.txt, in the layout of PowerShell's own about topics:
          TOPIC / <4 spaces>about_Name / SHORT DESCRIPTION / ... ; headings of level 1-2 in capitals
          at column 0, level 3+ indented; text wrapped at 80 columns with a 4-space indent; code
          indented by 8 spaces, lines kept as they are.
    #>
    param([string]$File, $Document)
    $blocks = @($Document.Blocks)
    if ($blocks.Count -eq 0 -or $blocks[0].Kind -ne 'Heading' -or $blocks[0].Level -ne 1 -or $blocks[0].Text -notlike 'about_*') {
        $line = if ($blocks.Count) { $blocks[0].Line } else { 0 }
        throw (New-HelpFormatError $File $line "an about topic must start with the heading '# about_<Name>'")
    }
    $topic = $blocks[0].Text
    foreach ($required in 'SHORT DESCRIPTION', 'LONG DESCRIPTION') {
        if (-not ($blocks | Where-Object { $_.Kind -eq 'Heading' -and $_.Level -le 2 -and $_.Text.ToUpperInvariant() -eq $required })) {
            throw (New-HelpFormatError $File 0 "missing required section '## $required'")
        }
    }

    $out = New-Object 'System.Collections.Generic.List[string]'
    $out.Add('TOPIC')
    $start = 1
    # PlatyPS about schema: the second heading ('## about_Name') is the help system lookup name.
    if ($blocks.Count -gt 1 -and $blocks[1].Kind -eq 'Heading' -and $blocks[1].Level -eq 2 -and $blocks[1].Text -like 'about_*') {
        $topic = $blocks[1].Text; $start = 2
    }
    $out.Add('    ' + $topic)
    $out.Add('')

    for ($i = $start; $i -lt $blocks.Count; $i++) {
        $b = $blocks[$i]
        switch ($b.Kind) {
            'Heading' {
                if ($out.Count -and $out[$out.Count - 1] -ne '') { $out.Add('') }
                if ($b.Level -le 2) { $out.Add((ConvertFrom-InlineMarkdown $b.Text).ToUpperInvariant()) }
                else { $out.Add('    ' + (ConvertFrom-InlineMarkdown $b.Text)) }
            }
            'Text' {
                foreach ($p in (Split-MarkdownParagraph $b.Lines)) {
                    $p = ConvertFrom-InlineMarkdown $p
                    if ($p -match '^([-*+]|\d+[.)])\s+') {
                        $bullet = if ($Matches[1] -match '^\d') { $Matches[1] } else { '-' }
                        $rest = $p.Substring($Matches[0].Length)
                        $hang = '    ' + (' ' * ($bullet.Length + 1))
                        foreach ($l in (Format-WrappedText $rest -Indent ('    ' + $bullet + ' ') -Hanging $hang)) { $out.Add($l) }
                    }
                    else {
                        foreach ($l in (Format-WrappedText $p)) { $out.Add($l) }
                    }
                }
                $out.Add('')
            }
            'Code' {
                foreach ($l in ($b.Text -split "`n")) { $out.Add($(if ($l.Trim() -eq '') { '' } else { '        ' + $l.TrimEnd() })) }
                $out.Add('')
            }
        }
    }
    while ($out.Count -and $out[$out.Count - 1] -eq '') { $out.RemoveAt($out.Count - 1) }
    [pscustomobject]@{ Topic = $topic; Lines = $out.ToArray() }
}

function Copy-AboutHelp {
    <#
    .SYNOPSIS
        Converts a PlatyPS about topic (about_X.md) to the plain-text about_X.help.txt Get-Help shows.
    .DESCRIPTION
        -OutputPath is a '.txt' file path, or a folder (created when missing; the file is then named
        '<about_Name>.help.txt' after the topic).
        Put the file in the module's culture folder (en-US) to make 'Get-Help about_X' find it.
    .EXAMPLE
        Copy-AboutHelp -Path docs/en-US/about_IntercomPS.md -OutputPath out/IntercomPS/en-US/about_IntercomPS.help.txt
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true, Position = 0, ValueFromPipelineByPropertyName = $true)]
        [Alias('FullName')]
        [string]$Path,

        [Parameter(Mandatory = $true, Position = 1)]
        [string]$OutputPath,

        [switch]$PassThru
    )
    process {
        try {
            $file = Resolve-InputFile $PSCmdlet $Path
            $about = ConvertTo-AboutText -File $file -Document (Read-MarkdownBlock $file)
            $target = $PSCmdlet.GetUnresolvedProviderPathFromPSPath($OutputPath)
            if ((Test-Path -LiteralPath $target -PathType Container) -or $target -notlike '*.txt') {
                $target = Join-Path $target ($about.Topic + '.help.txt')
            }
            elseif ((Split-Path -Leaf $target) -notlike 'about_*.help.txt') {
                Write-Warning "Get-Help only finds about topics in files named 'about_<Name>.help.txt'; writing '$target' anyway."
            }
            $dir = Split-Path -Parent $target
            if ($dir -and -not (Test-Path -LiteralPath $dir)) { $null = New-Item -ItemType Directory -Path $dir -Force }
            [System.IO.File]::WriteAllLines($target, [string[]]$about.Lines, (New-Object System.Text.UTF8Encoding $false))
            if ($PassThru) { Get-Item -LiteralPath $target }
        }
        catch { $PSCmdlet.ThrowTerminatingError($_) }
    }
}

#endregion

function Test-PlatyPSMarkdown {
    <#
    .SYNOPSIS
        Checks command and about markdown files; returns $true when all of them convert cleanly.
    .DESCRIPTION
        Each problem is written as a warning: conversion errors, and PlatyPS placeholders such as
        '{{ Fill in the Synopsis }}' that were never replaced. Files named about_*.md are checked as
        about topics.
    .EXAMPLE
        if (-not (Test-PlatyPSMarkdown -Path (Get-ChildItem docs/en-US/*.md).FullName)) { throw 'help markdown has problems' }
    #>
    [CmdletBinding()]
    [OutputType([bool])]
    param(
        [Parameter(Mandatory = $true, Position = 0, ValueFromPipeline = $true, ValueFromPipelineByPropertyName = $true)]
        [Alias('FullName')]
        [string[]]$Path
    )
    begin { $ok = $true }
    process {
        foreach ($p in $Path) {
            try {
                $file = Resolve-InputFile $PSCmdlet $p
                $doc = Read-MarkdownBlock $file
                if ((Split-Path -Leaf $file) -like 'about_*') { $null = ConvertTo-AboutText -File $file -Document $doc }
                else { $null = ConvertTo-CommandHelpObject -File $file -Document $doc }
                foreach ($m in @(Select-String -LiteralPath $file -Pattern '\{\{.*?\}\}' -AllMatches)) {
                    Write-Warning ('{0}:{1}: placeholder text {2}' -f $file, $m.LineNumber, $m.Matches[0].Value)
                    $ok = $false
                }
            }
            catch {
                Write-Warning $_.Exception.Message
                $ok = $false
            }
        }
    }
    end { $ok }
}

Export-ModuleMember -Function ConvertFrom-PlatyPSMarkdown, ConvertTo-MamlHelp, Copy-AboutHelp, Test-PlatyPSMarkdown

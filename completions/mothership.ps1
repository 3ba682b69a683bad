
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'mothership' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'mothership'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'mothership' {
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'User name for basic auth')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'PEM file with the CA certificate (or the server''s own) to trust')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate (unsafe; `mothership init` pins it instead)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Run the Mothership server (API on :8080, uplink hangar on :9090)')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Point this client at a server: asks for host and credentials, pins its certificate')
            [CompletionResult]::new('info', 'info', [CompletionResultType]::ParameterValue, 'Show the server''s name, version and uptime')
            [CompletionResult]::new('htpasswd', 'htpasswd', [CompletionResultType]::ParameterValue, 'Manage the users of an htpasswd file (bcrypt, as Apache''s `htpasswd -B` writes it)')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Write man pages, one per subcommand, into a directory')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mothership;serve' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Name this Mothership reports [default: mothership]')
            [CompletionResult]::new('--certfile', '--certfile', [CompletionResultType]::ParameterName, 'TLS certificate (PEM) for the API and the uplink [default: <config-dir>/cert.pem]')
            [CompletionResult]::new('--keyfile', '--keyfile', [CompletionResultType]::ParameterName, 'TLS private key (PEM) [default: <config-dir>/key.pem]')
            [CompletionResult]::new('--clean', '--clean', [CompletionResultType]::ParameterName, 'Empty the runtime directory (images, instances, builds) before starting')
            [CompletionResult]::new('--serverauth', '--serverauth', [CompletionResultType]::ParameterName, 'API authentication [default: basic]')
            [CompletionResult]::new('--serverport', '--serverport', [CompletionResultType]::ParameterName, 'Port of the HTTPS API [default: 8080]')
            [CompletionResult]::new('--uplinkport', '--uplinkport', [CompletionResultType]::ParameterName, 'Port of the uplink hangar that instances dock to [default: 9090]')
            [CompletionResult]::new('--noservertls', '--noservertls', [CompletionResultType]::ParameterName, 'Serve the API over plain HTTP')
            [CompletionResult]::new('--nouplinktls', '--nouplinktls', [CompletionResultType]::ParameterName, 'Serve the uplink over plain HTTP/WS')
            [CompletionResult]::new('--verboselogging', '--verboselogging', [CompletionResultType]::ParameterName, 'Log every request and debug details')
            [CompletionResult]::new('--dockeroptions', '--dockeroptions', [CompletionResultType]::ParameterName, 'docker-run style options for build containers, e.g. "--privileged --memory 2g"')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: <config-dir>/config.yaml, if it exists]')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Directory of config.yaml, .htpasswd, cert.pem and key.pem [default: config_files]')
            [CompletionResult]::new('--runtime-dir', '--runtime-dir', [CompletionResultType]::ParameterName, 'Directory of the state that survives restarts [default: runtime_files]')
            [CompletionResult]::new('--bind', '--bind', [CompletionResultType]::ParameterName, 'Address to listen on [default: 0.0.0.0]')
            [CompletionResult]::new('--htpasswd', '--htpasswd', [CompletionResultType]::ParameterName, 'htpasswd file of the API users [default: <config-dir>/.htpasswd]')
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'User name for basic auth')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'PEM file with the CA certificate (or the server''s own) to trust')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate (unsafe; `mothership init` pins it instead)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mothership;init' {
            [CompletionResult]::new('--fingerprint', '--fingerprint', [CompletionResultType]::ParameterName, 'Expected SHA-256 fingerprint of the server certificate (hex, colons optional): pin it without asking')
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'User name for basic auth')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'PEM file with the CA certificate (or the server''s own) to trust')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from standard input instead of prompting')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Accept the server certificate without asking (prints the fingerprint it pinned)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Accept the server certificate without asking (prints the fingerprint it pinned)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate (unsafe; `mothership init` pins it instead)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mothership;info' {
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'User name for basic auth')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'PEM file with the CA certificate (or the server''s own) to trust')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate (unsafe; `mothership init` pins it instead)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mothership;htpasswd' {
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'User name for basic auth')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'PEM file with the CA certificate (or the server''s own) to trust')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate (unsafe; `mothership init` pins it instead)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a user, or replace an existing user''s password')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Remove a user')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the users in the file')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check a user''s password (exit 0 when it matches, 3 when not)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mothership;htpasswd;add' {
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'The htpasswd file')
            [CompletionResult]::new('--cost', '--cost', [CompletionResultType]::ParameterName, 'bcrypt cost (4-31); each step doubles the work')
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'User name for basic auth')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'PEM file with the CA certificate (or the server''s own) to trust')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input instead of prompting')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate (unsafe; `mothership init` pins it instead)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mothership;htpasswd;delete' {
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'The htpasswd file')
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'User name for basic auth')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'PEM file with the CA certificate (or the server''s own) to trust')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate (unsafe; `mothership init` pins it instead)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mothership;htpasswd;list' {
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'The htpasswd file')
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'User name for basic auth')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'PEM file with the CA certificate (or the server''s own) to trust')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate (unsafe; `mothership init` pins it instead)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mothership;htpasswd;verify' {
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'The htpasswd file')
            [CompletionResult]::new('--cost', '--cost', [CompletionResultType]::ParameterName, 'bcrypt cost (4-31); each step doubles the work')
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'User name for basic auth')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'PEM file with the CA certificate (or the server''s own) to trust')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input instead of prompting')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate (unsafe; `mothership init` pins it instead)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mothership;htpasswd;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a user, or replace an existing user''s password')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Remove a user')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the users in the file')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check a user''s password (exit 0 when it matches, 3 when not)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mothership;htpasswd;help;add' {
            break
        }
        'mothership;htpasswd;help;delete' {
            break
        }
        'mothership;htpasswd;help;list' {
            break
        }
        'mothership;htpasswd;help;verify' {
            break
        }
        'mothership;htpasswd;help;help' {
            break
        }
        'mothership;completions' {
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'User name for basic auth')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'PEM file with the CA certificate (or the server''s own) to trust')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate (unsafe; `mothership init` pins it instead)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mothership;man' {
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'User name for basic auth')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'PEM file with the CA certificate (or the server''s own) to trust')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate (unsafe; `mothership init` pins it instead)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mothership;help' {
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Run the Mothership server (API on :8080, uplink hangar on :9090)')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Point this client at a server: asks for host and credentials, pins its certificate')
            [CompletionResult]::new('info', 'info', [CompletionResultType]::ParameterValue, 'Show the server''s name, version and uptime')
            [CompletionResult]::new('htpasswd', 'htpasswd', [CompletionResultType]::ParameterValue, 'Manage the users of an htpasswd file (bcrypt, as Apache''s `htpasswd -B` writes it)')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Write man pages, one per subcommand, into a directory')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mothership;help;serve' {
            break
        }
        'mothership;help;init' {
            break
        }
        'mothership;help;info' {
            break
        }
        'mothership;help;htpasswd' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a user, or replace an existing user''s password')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Remove a user')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the users in the file')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check a user''s password (exit 0 when it matches, 3 when not)')
            break
        }
        'mothership;help;htpasswd;add' {
            break
        }
        'mothership;help;htpasswd;delete' {
            break
        }
        'mothership;help;htpasswd;list' {
            break
        }
        'mothership;help;htpasswd;verify' {
            break
        }
        'mothership;help;completions' {
            break
        }
        'mothership;help;man' {
            break
        }
        'mothership;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}

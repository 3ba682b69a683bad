
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
            [CompletionResult]::new('instances', 'instances', [CompletionResultType]::ParameterValue, 'Instances docked to this Mothership (or known from before): list, inspect, logs, panics, stats, alias, describe, delete')
            [CompletionResult]::new('instance', 'instance', [CompletionResultType]::ParameterValue, 'Instances docked to this Mothership (or known from before): list, inspect, logs, panics, stats, alias, describe, delete')
            [CompletionResult]::new('inspect-instance', 'inspect-instance', [CompletionResultType]::ParameterValue, 'Same as `instances inspect` (original Mothership spelling)')
            [CompletionResult]::new('deploy', 'deploy', [CompletionResultType]::ParameterValue, 'Live-update running instances with an image: one instance, or many with --all, --tag, --status or --search')
            [CompletionResult]::new('deploys', 'deploys', [CompletionResultType]::ParameterValue, 'Deploy records: list, show (with the state of each instance)')
            [CompletionResult]::new('htpasswd', 'htpasswd', [CompletionResultType]::ParameterValue, 'Users of an htpasswd file (bcrypt, as Apache''s `htpasswd -B` writes it): add, delete, list, verify')
            [CompletionResult]::new('images', 'images', [CompletionResultType]::ParameterValue, 'Images: list, push, pull, inspect, delete')
            [CompletionResult]::new('nacls', 'nacls', [CompletionResultType]::ParameterValue, 'NaCls (IncludeOS configurations): list, push, pull, show, delete')
            [CompletionResult]::new('snippets', 'snippets', [CompletionResultType]::ParameterValue, 'Snippets (reusable NaCl pieces): list, push, pull, show, delete')
            [CompletionResult]::new('uplinks', 'uplinks', [CompletionResultType]::ParameterValue, 'Uplinks (where built images dock): list, create, show, update, delete')
            [CompletionResult]::new('push-image', 'push-image', [CompletionResultType]::ParameterValue, 'Same as `images push` (original Mothership spelling)')
            [CompletionResult]::new('pull-image', 'pull-image', [CompletionResultType]::ParameterValue, 'Same as `images pull` (original Mothership spelling)')
            [CompletionResult]::new('push-nacl', 'push-nacl', [CompletionResultType]::ParameterValue, 'Same as `nacls push` (original Mothership spelling)')
            [CompletionResult]::new('pull-nacl', 'pull-nacl', [CompletionResultType]::ParameterValue, 'Same as `nacls pull` (original Mothership spelling)')
            [CompletionResult]::new('bobproviders', 'bobproviders', [CompletionResultType]::ParameterValue, 'Bob providers, where builders come from (DockerHub, Local): list, update')
            [CompletionResult]::new('bobs', 'bobs', [CompletionResultType]::ParameterValue, 'Bobs, the builders a provider offers: list, prepare (pull one to make it a builder)')
            [CompletionResult]::new('builders', 'builders', [CompletionResultType]::ParameterValue, 'Builders on the Docker engine: list, inspect, delete')
            [CompletionResult]::new('services', 'services', [CompletionResultType]::ParameterValue, 'Your own services (a directory with CMakeLists.txt and its sources): push, list, inspect, pull, delete; build one with `mothership build NAME --builder ID`')
            [CompletionResult]::new('build', 'build', [CompletionResultType]::ParameterValue, 'Build an image of a service with a builder; streams the log, prints the image ID last')
            [CompletionResult]::new('validate', 'validate', [CompletionResultType]::ParameterValue, 'Check a NaCl file (here, no server needed) or a stored NaCl, or validate it with a builder (errors as NAME:LINE:COL: message; exit 1 if invalid)')
            [CompletionResult]::new('nacl', 'nacl', [CompletionResultType]::ParameterValue, 'NaCl tools that need no server: fmt (lay a NaCl file out canonically)')
            [CompletionResult]::new('upgrade', 'upgrade', [CompletionResultType]::ParameterValue, 'Build an image for an instance (its uplink, its NaCl or one given, the newest fitting builder) and deploy it there; follows the build log and the deploy')
            [CompletionResult]::new('upgrades', 'upgrades', [CompletionResultType]::ParameterValue, 'Upgrade records: list, show (with the build and the deploy)')
            [CompletionResult]::new('rollout', 'rollout', [CompletionResultType]::ParameterValue, 'Roll an image out to a group of instances in waves that pause by themselves on failures: start, list, show (--follow), pause, resume, cancel, rollback')
            [CompletionResult]::new('events', 'events', [CompletionResultType]::ParameterValue, 'What happened on this Mothership (instances docking, deploys, builds, logins...); --follow keeps printing as it happens')
            [CompletionResult]::new('webhooks', 'webhooks', [CompletionResultType]::ParameterValue, 'Webhooks, URLs events are POSTed to (signed): add, list, show, delete')
            [CompletionResult]::new('audit', 'audit', [CompletionResultType]::ParameterValue, 'The audit log: every state-changing API request, who made it and from where')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Write man pages, one per subcommand, into a directory')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mothership;serve' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Name this Mothership reports [default: mothership]')
            [CompletionResult]::new('--certfile', '--certfile', [CompletionResultType]::ParameterName, 'TLS certificate (PEM) for the API and the uplink [default: <config-dir>/cert.pem]')
            [CompletionResult]::new('--keyfile', '--keyfile', [CompletionResultType]::ParameterName, 'TLS private key (PEM) [default: <config-dir>/key.pem]')
            [CompletionResult]::new('--uplinkcertfile', '--uplinkcertfile', [CompletionResultType]::ParameterName, 'TLS certificate (PEM) the uplink port presents; RSA while --uplinktls is compatible [default: the --certfile]')
            [CompletionResult]::new('--uplinkkeyfile', '--uplinkkeyfile', [CompletionResultType]::ParameterName, 'Private key (PEM) of --uplinkcertfile [default: the --keyfile]')
            [CompletionResult]::new('--uplinktls', '--uplinktls', [CompletionResultType]::ParameterName, 'TLS of the uplink port: `compatible` adds the legacy suite real IncludeOS instances need (TLS_RSA_WITH_AES_256_CBC_SHA, no forward secrecy), `modern` refuses it [default: compatible]')
            [CompletionResult]::new('--clean', '--clean', [CompletionResultType]::ParameterName, 'Empty the runtime directory (images, instances, builds) before starting')
            [CompletionResult]::new('--serverauth', '--serverauth', [CompletionResultType]::ParameterName, 'API authentication [default: basic]')
            [CompletionResult]::new('--metricsauth', '--metricsauth', [CompletionResultType]::ParameterName, 'Authentication of GET /metrics (Prometheus): `basic` like the API, or `none` for a scraper that cannot log in [default: basic]')
            [CompletionResult]::new('--metricsreporter', '--metricsreporter', [CompletionResultType]::ParameterName, 'Also report the server''s figures and every instance''s STATS to InfluxDB (`influxdb`), batched; while it is unreachable points wait in a bounded buffer, the oldest dropped first [default: none]')
            [CompletionResult]::new('--influxdb-url', '--influxdb-url', [CompletionResultType]::ParameterName, 'InfluxDB (1.x HTTP API) to report to [default: http://localhost:8086]')
            [CompletionResult]::new('--influxdb-database', '--influxdb-database', [CompletionResultType]::ParameterName, 'InfluxDB database the points go to; it must exist [default: mothership]')
            [CompletionResult]::new('--influxdb-username', '--influxdb-username', [CompletionResultType]::ParameterName, 'InfluxDB user (basic auth) [default: none]')
            [CompletionResult]::new('--influxdb-password', '--influxdb-password', [CompletionResultType]::ParameterName, 'Password of --influxdb-username; better given as INFLUXDB_PASSWORD or in the config file than on the command line, where other users see it [default: none]')
            [CompletionResult]::new('--serverport', '--serverport', [CompletionResultType]::ParameterName, 'Port of the HTTPS API [default: 8080]')
            [CompletionResult]::new('--uplinkport', '--uplinkport', [CompletionResultType]::ParameterName, 'Port of the uplink hangar that instances dock to [default: 9090]')
            [CompletionResult]::new('--noservertls', '--noservertls', [CompletionResultType]::ParameterName, 'Serve the API over plain HTTP')
            [CompletionResult]::new('--nouplinktls', '--nouplinktls', [CompletionResultType]::ParameterName, 'Serve the uplink over plain HTTP/WS')
            [CompletionResult]::new('--verboselogging', '--verboselogging', [CompletionResultType]::ParameterName, 'Log every request and debug details')
            [CompletionResult]::new('--dockeroptions', '--dockeroptions', [CompletionResultType]::ParameterName, 'docker-run style options for build containers, e.g. "--privileged --memory 2g"')
            [CompletionResult]::new('--dockerhost', '--dockerhost', [CompletionResultType]::ParameterName, 'Docker engine for builders: unix:///path or tcp://host:port [default: DOCKER_HOST, else unix:///var/run/docker.sock]')
            [CompletionResult]::new('--dockerhuburl', '--dockerhuburl', [CompletionResultType]::ParameterName, 'Registry of the DockerHub bob provider [default: https://registry-1.docker.io]')
            [CompletionResult]::new('--dockerhubrepo', '--dockerhubrepo', [CompletionResultType]::ParameterName, 'Repository of the DockerHub bob provider [default: includeos/builder]')
            [CompletionResult]::new('--buildtimeout', '--buildtimeout', [CompletionResultType]::ParameterName, 'Seconds a build may take before it is stopped [default: 1800]')
            [CompletionResult]::new('--maxbuilds', '--maxbuilds', [CompletionResultType]::ParameterName, 'Builds running at once; more wait in a queue [default: 2]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: <config-dir>/config.yaml, if it exists]')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Directory of config.yaml, .htpasswd, cert.pem and key.pem [default: config_files]')
            [CompletionResult]::new('--runtime-dir', '--runtime-dir', [CompletionResultType]::ParameterName, 'Directory of the state that survives restarts [default: runtime_files]')
            [CompletionResult]::new('--bind', '--bind', [CompletionResultType]::ParameterName, 'Address to listen on [default: 0.0.0.0]')
            [CompletionResult]::new('--htpasswd', '--htpasswd', [CompletionResultType]::ParameterName, 'htpasswd file of the API users [default: <config-dir>/.htpasswd]')
            [CompletionResult]::new('--loginfailurelimit', '--loginfailurelimit', [CompletionResultType]::ParameterName, 'Failed logins one client address may make per minute (in a burst of as many) before it is answered 429 until its budget refills [default: 10]')
            [CompletionResult]::new('--loginqueue', '--loginqueue', [CompletionResultType]::ParameterName, 'Password checks that may wait in each of the three lanes (addresses that logged in before, new ones, ones that failed lately); one more is answered 503 at once [default: 32]')
            [CompletionResult]::new('--sessionlifetime', '--sessionlifetime', [CompletionResultType]::ParameterName, 'How long a web interface login lasts, e.g. 12h, 90m [default: 12h]')
            [CompletionResult]::new('--sessionlimit', '--sessionlimit', [CompletionResultType]::ParameterName, 'Web interface logins kept at once; a login past it ends the one closest to its expiry [default: 10000]')
            [CompletionResult]::new('--connectionsperaddress', '--connectionsperaddress', [CompletionResultType]::ParameterName, 'API connections served at once from one client address (an IPv6 /64); more are closed when accepted [default: 256]')
            [CompletionResult]::new('--imagesizelimit', '--imagesizelimit', [CompletionResultType]::ParameterName, 'Largest image upload accepted, e.g. 268435456 or 512MiB [default: 256MiB]')
            [CompletionResult]::new('--uplinktoken', '--uplinktoken', [CompletionResultType]::ParameterName, 'Uplink token instances may authenticate with, at least 16 characters (repeat for several; the environment variable takes a comma-separated list)')
            [CompletionResult]::new('--instancelogsize', '--instancelogsize', [CompletionResultType]::ParameterName, 'Log kept per instance, in MiB (the newest is kept) [default: 10]')
            [CompletionResult]::new('--deploytimeout', '--deploytimeout', [CompletionResultType]::ParameterName, 'Time a deployed instance has to ack the image and dock again running it, e.g. 60, 90s, 2m [default: 60s]')
            [CompletionResult]::new('--bodytimeout', '--bodytimeout', [CompletionResultType]::ParameterName, 'A request body (an image upload, say) that sends nothing for this long is dropped with a 408, e.g. 30, 90s, 2m [default: 30s]')
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
        'mothership;instances' {
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Only instances whose ID, alias, description, IPs, image, tag or devices contain this')
            [CompletionResult]::new('--search', '--search', [CompletionResultType]::ParameterName, 'Only instances whose ID, alias, description, IPs, image, tag or devices contain this')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only instances with this status')
            [CompletionResult]::new('--desired', '--desired', [CompletionResultType]::ParameterName, 'Only instances in this desired state (see `instances desired show`)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many instances')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Sort key: first_seen, last_seen, connected_since, alias, status, id, tag, version (prefix - to reverse)')
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
            [CompletionResult]::new('inspect', 'inspect', [CompletionResultType]::ParameterValue, 'Show everything known about an instance')
            [CompletionResult]::new('logs', 'logs', [CompletionResultType]::ParameterValue, 'Print an instance''s log')
            [CompletionResult]::new('panics', 'panics', [CompletionResultType]::ParameterValue, 'Print the panics an instance reported')
            [CompletionResult]::new('stats', 'stats', [CompletionResultType]::ParameterValue, 'Print an instance''s stats (fresh from the instance when it is docked)')
            [CompletionResult]::new('alias', 'alias', [CompletionResultType]::ParameterValue, 'Give an instance an alias (usable as its ID); an empty NAME removes it')
            [CompletionResult]::new('describe', 'describe', [CompletionResultType]::ParameterValue, 'Set an instance''s description; an empty TEXT removes it')
            [CompletionResult]::new('auto-redeploy', 'auto-redeploy', [CompletionResultType]::ParameterValue, 'Turn "automatically redeploy last image" on or off: when the instance docks running another binary than the image last deployed to it, that image is deployed again')
            [CompletionResult]::new('desired', 'desired', [CompletionResultType]::ParameterValue, 'The image instances should run (desired state): Mothership keeps them converging on it')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Forget instances (with their logs, panics and stats)')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Forget instances (with their logs, panics and stats)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mothership;instance' {
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Only instances whose ID, alias, description, IPs, image, tag or devices contain this')
            [CompletionResult]::new('--search', '--search', [CompletionResultType]::ParameterName, 'Only instances whose ID, alias, description, IPs, image, tag or devices contain this')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only instances with this status')
            [CompletionResult]::new('--desired', '--desired', [CompletionResultType]::ParameterName, 'Only instances in this desired state (see `instances desired show`)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many instances')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Sort key: first_seen, last_seen, connected_since, alias, status, id, tag, version (prefix - to reverse)')
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
            [CompletionResult]::new('inspect', 'inspect', [CompletionResultType]::ParameterValue, 'Show everything known about an instance')
            [CompletionResult]::new('logs', 'logs', [CompletionResultType]::ParameterValue, 'Print an instance''s log')
            [CompletionResult]::new('panics', 'panics', [CompletionResultType]::ParameterValue, 'Print the panics an instance reported')
            [CompletionResult]::new('stats', 'stats', [CompletionResultType]::ParameterValue, 'Print an instance''s stats (fresh from the instance when it is docked)')
            [CompletionResult]::new('alias', 'alias', [CompletionResultType]::ParameterValue, 'Give an instance an alias (usable as its ID); an empty NAME removes it')
            [CompletionResult]::new('describe', 'describe', [CompletionResultType]::ParameterValue, 'Set an instance''s description; an empty TEXT removes it')
            [CompletionResult]::new('auto-redeploy', 'auto-redeploy', [CompletionResultType]::ParameterValue, 'Turn "automatically redeploy last image" on or off: when the instance docks running another binary than the image last deployed to it, that image is deployed again')
            [CompletionResult]::new('desired', 'desired', [CompletionResultType]::ParameterValue, 'The image instances should run (desired state): Mothership keeps them converging on it')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Forget instances (with their logs, panics and stats)')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Forget instances (with their logs, panics and stats)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mothership;instances;inspect' {
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
        'mothership;instance;inspect' {
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
        'mothership;instances;logs' {
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Only the last N lines')
            [CompletionResult]::new('--lines', '--lines', [CompletionResultType]::ParameterName, 'Only the last N lines')
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'User name for basic auth')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'PEM file with the CA certificate (or the server''s own) to trust')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Keep printing new log as it arrives')
            [CompletionResult]::new('--follow', '--follow', [CompletionResultType]::ParameterName, 'Keep printing new log as it arrives')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate (unsafe; `mothership init` pins it instead)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mothership;instance;logs' {
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Only the last N lines')
            [CompletionResult]::new('--lines', '--lines', [CompletionResultType]::ParameterName, 'Only the last N lines')
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'User name for basic auth')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'PEM file with the CA certificate (or the server''s own) to trust')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Keep printing new log as it arrives')
            [CompletionResult]::new('--follow', '--follow', [CompletionResultType]::ParameterName, 'Keep printing new log as it arrives')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate (unsafe; `mothership init` pins it instead)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mothership;instances;panics' {
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
        'mothership;instance;panics' {
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
        'mothership;instances;stats' {
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'User name for basic auth')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'PEM file with the CA certificate (or the server''s own) to trust')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--stored', '--stored', [CompletionResultType]::ParameterName, 'Show the stored stats without asking the instance')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate (unsafe; `mothership init` pins it instead)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mothership;instance;stats' {
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'User name for basic auth')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'PEM file with the CA certificate (or the server''s own) to trust')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--stored', '--stored', [CompletionResultType]::ParameterName, 'Show the stored stats without asking the instance')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate (unsafe; `mothership init` pins it instead)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mothership;instances;alias' {
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
        'mothership;instance;alias' {
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
        'mothership;instances;describe' {
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
        'mothership;instance;describe' {
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
        'mothership;instances;auto-redeploy' {
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
        'mothership;instance;auto-redeploy' {
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
        'mothership;instances;desired' {
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
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show an instance''s desired image and whether it is in sync, updating, failed (why) or not managed')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Give instances a desired image: those running another binary are updated now if connected, and whenever they dock running another, a bounded number of times')
            [CompletionResult]::new('clear', 'clear', [CompletionResultType]::ParameterValue, 'Remove instances'' desired image (nothing is deployed; they are no longer managed)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mothership;instances;desired;show' {
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
        'mothership;instances;desired;set' {
            [CompletionResult]::new('--selector', '--selector', [CompletionResultType]::ParameterName, 'Or which instances: tag=T, service=S, version=V (IncludeOS), instances=ID,ID,...; repeat to combine filters (picked now: instances that join later are not managed)')
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
        'mothership;instances;desired;clear' {
            [CompletionResult]::new('--selector', '--selector', [CompletionResultType]::ParameterName, 'Or which instances, as for `set`')
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
        'mothership;instances;desired;help' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show an instance''s desired image and whether it is in sync, updating, failed (why) or not managed')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Give instances a desired image: those running another binary are updated now if connected, and whenever they dock running another, a bounded number of times')
            [CompletionResult]::new('clear', 'clear', [CompletionResultType]::ParameterValue, 'Remove instances'' desired image (nothing is deployed; they are no longer managed)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mothership;instances;desired;help;show' {
            break
        }
        'mothership;instances;desired;help;set' {
            break
        }
        'mothership;instances;desired;help;clear' {
            break
        }
        'mothership;instances;desired;help;help' {
            break
        }
        'mothership;instance;desired' {
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
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show an instance''s desired image and whether it is in sync, updating, failed (why) or not managed')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Give instances a desired image: those running another binary are updated now if connected, and whenever they dock running another, a bounded number of times')
            [CompletionResult]::new('clear', 'clear', [CompletionResultType]::ParameterValue, 'Remove instances'' desired image (nothing is deployed; they are no longer managed)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mothership;instance;desired;show' {
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
        'mothership;instance;desired;set' {
            [CompletionResult]::new('--selector', '--selector', [CompletionResultType]::ParameterName, 'Or which instances: tag=T, service=S, version=V (IncludeOS), instances=ID,ID,...; repeat to combine filters (picked now: instances that join later are not managed)')
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
        'mothership;instance;desired;clear' {
            [CompletionResult]::new('--selector', '--selector', [CompletionResultType]::ParameterName, 'Or which instances, as for `set`')
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
        'mothership;instance;desired;help' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show an instance''s desired image and whether it is in sync, updating, failed (why) or not managed')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Give instances a desired image: those running another binary are updated now if connected, and whenever they dock running another, a bounded number of times')
            [CompletionResult]::new('clear', 'clear', [CompletionResultType]::ParameterValue, 'Remove instances'' desired image (nothing is deployed; they are no longer managed)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mothership;instance;desired;help;show' {
            break
        }
        'mothership;instance;desired;help;set' {
            break
        }
        'mothership;instance;desired;help;clear' {
            break
        }
        'mothership;instance;desired;help;help' {
            break
        }
        'mothership;instances;delete' {
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'User name for basic auth')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'PEM file with the CA certificate (or the server''s own) to trust')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Delete connected instances too (they are disconnected and will dock again)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate (unsafe; `mothership init` pins it instead)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mothership;instances;rm' {
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'User name for basic auth')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'PEM file with the CA certificate (or the server''s own) to trust')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Delete connected instances too (they are disconnected and will dock again)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate (unsafe; `mothership init` pins it instead)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mothership;instance;delete' {
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'User name for basic auth')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'PEM file with the CA certificate (or the server''s own) to trust')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Delete connected instances too (they are disconnected and will dock again)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate (unsafe; `mothership init` pins it instead)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mothership;instance;rm' {
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'User name for basic auth')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'PEM file with the CA certificate (or the server''s own) to trust')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Delete connected instances too (they are disconnected and will dock again)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate (unsafe; `mothership init` pins it instead)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mothership;instances;help' {
            [CompletionResult]::new('inspect', 'inspect', [CompletionResultType]::ParameterValue, 'Show everything known about an instance')
            [CompletionResult]::new('logs', 'logs', [CompletionResultType]::ParameterValue, 'Print an instance''s log')
            [CompletionResult]::new('panics', 'panics', [CompletionResultType]::ParameterValue, 'Print the panics an instance reported')
            [CompletionResult]::new('stats', 'stats', [CompletionResultType]::ParameterValue, 'Print an instance''s stats (fresh from the instance when it is docked)')
            [CompletionResult]::new('alias', 'alias', [CompletionResultType]::ParameterValue, 'Give an instance an alias (usable as its ID); an empty NAME removes it')
            [CompletionResult]::new('describe', 'describe', [CompletionResultType]::ParameterValue, 'Set an instance''s description; an empty TEXT removes it')
            [CompletionResult]::new('auto-redeploy', 'auto-redeploy', [CompletionResultType]::ParameterValue, 'Turn "automatically redeploy last image" on or off: when the instance docks running another binary than the image last deployed to it, that image is deployed again')
            [CompletionResult]::new('desired', 'desired', [CompletionResultType]::ParameterValue, 'The image instances should run (desired state): Mothership keeps them converging on it')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Forget instances (with their logs, panics and stats)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mothership;instances;help;inspect' {
            break
        }
        'mothership;instances;help;logs' {
            break
        }
        'mothership;instances;help;panics' {
            break
        }
        'mothership;instances;help;stats' {
            break
        }
        'mothership;instances;help;alias' {
            break
        }
        'mothership;instances;help;describe' {
            break
        }
        'mothership;instances;help;auto-redeploy' {
            break
        }
        'mothership;instances;help;desired' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show an instance''s desired image and whether it is in sync, updating, failed (why) or not managed')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Give instances a desired image: those running another binary are updated now if connected, and whenever they dock running another, a bounded number of times')
            [CompletionResult]::new('clear', 'clear', [CompletionResultType]::ParameterValue, 'Remove instances'' desired image (nothing is deployed; they are no longer managed)')
            break
        }
        'mothership;instances;help;desired;show' {
            break
        }
        'mothership;instances;help;desired;set' {
            break
        }
        'mothership;instances;help;desired;clear' {
            break
        }
        'mothership;instances;help;delete' {
            break
        }
        'mothership;instances;help;help' {
            break
        }
        'mothership;instance;help' {
            [CompletionResult]::new('inspect', 'inspect', [CompletionResultType]::ParameterValue, 'Show everything known about an instance')
            [CompletionResult]::new('logs', 'logs', [CompletionResultType]::ParameterValue, 'Print an instance''s log')
            [CompletionResult]::new('panics', 'panics', [CompletionResultType]::ParameterValue, 'Print the panics an instance reported')
            [CompletionResult]::new('stats', 'stats', [CompletionResultType]::ParameterValue, 'Print an instance''s stats (fresh from the instance when it is docked)')
            [CompletionResult]::new('alias', 'alias', [CompletionResultType]::ParameterValue, 'Give an instance an alias (usable as its ID); an empty NAME removes it')
            [CompletionResult]::new('describe', 'describe', [CompletionResultType]::ParameterValue, 'Set an instance''s description; an empty TEXT removes it')
            [CompletionResult]::new('auto-redeploy', 'auto-redeploy', [CompletionResultType]::ParameterValue, 'Turn "automatically redeploy last image" on or off: when the instance docks running another binary than the image last deployed to it, that image is deployed again')
            [CompletionResult]::new('desired', 'desired', [CompletionResultType]::ParameterValue, 'The image instances should run (desired state): Mothership keeps them converging on it')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Forget instances (with their logs, panics and stats)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mothership;instance;help;inspect' {
            break
        }
        'mothership;instance;help;logs' {
            break
        }
        'mothership;instance;help;panics' {
            break
        }
        'mothership;instance;help;stats' {
            break
        }
        'mothership;instance;help;alias' {
            break
        }
        'mothership;instance;help;describe' {
            break
        }
        'mothership;instance;help;auto-redeploy' {
            break
        }
        'mothership;instance;help;desired' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show an instance''s desired image and whether it is in sync, updating, failed (why) or not managed')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Give instances a desired image: those running another binary are updated now if connected, and whenever they dock running another, a bounded number of times')
            [CompletionResult]::new('clear', 'clear', [CompletionResultType]::ParameterValue, 'Remove instances'' desired image (nothing is deployed; they are no longer managed)')
            break
        }
        'mothership;instance;help;desired;show' {
            break
        }
        'mothership;instance;help;desired;set' {
            break
        }
        'mothership;instance;help;desired;clear' {
            break
        }
        'mothership;instance;help;delete' {
            break
        }
        'mothership;instance;help;help' {
            break
        }
        'mothership;inspect-instance' {
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
        'mothership;deploy' {
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'Deploy to the instances reporting this tag')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Deploy to the instances with this status [default: connected]')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Deploy to the instances whose ID, alias, description, IPs, image, tag or devices contain this')
            [CompletionResult]::new('--search', '--search', [CompletionResultType]::ParameterName, 'Deploy to the instances whose ID, alias, description, IPs, image, tag or devices contain this')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Instances updated at the same time (for many instances) [default: 100]')
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'User name for basic auth')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'PEM file with the CA certificate (or the server''s own) to trust')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Deploy to every connected instance')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Wait until every instance is verified or failed, showing progress; exit 1 on a failure')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Wait until every instance is verified or failed, showing progress; exit 1 on a failure')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Deploy even where the image was built for another uplink URL or IncludeOS version')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate (unsafe; `mothership init` pins it instead)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mothership;deploys' {
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Only deploys whose ID, image ID or instance UUIDs contain this')
            [CompletionResult]::new('--search', '--search', [CompletionResultType]::ParameterName, 'Only deploys whose ID, image ID or instance UUIDs contain this')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only deploys with this status')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Show at most this many [default: 100]')
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
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List deploys (newest first)')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List deploys (newest first)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a deploy with the state of each instance')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mothership;deploys;list' {
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Only deploys whose ID, image ID or instance UUIDs contain this')
            [CompletionResult]::new('--search', '--search', [CompletionResultType]::ParameterName, 'Only deploys whose ID, image ID or instance UUIDs contain this')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only deploys with this status')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Show at most this many [default: 100]')
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
        'mothership;deploys;ls' {
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Only deploys whose ID, image ID or instance UUIDs contain this')
            [CompletionResult]::new('--search', '--search', [CompletionResultType]::ParameterName, 'Only deploys whose ID, image ID or instance UUIDs contain this')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only deploys with this status')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Show at most this many [default: 100]')
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
        'mothership;deploys;show' {
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
        'mothership;deploys;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List deploys (newest first)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a deploy with the state of each instance')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mothership;deploys;help;list' {
            break
        }
        'mothership;deploys;help;show' {
            break
        }
        'mothership;deploys;help;help' {
            break
        }
        'mothership;htpasswd' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a user, or replace an existing user''s password')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a user')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the users in the file')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check a user''s password (exit 0 when it matches, 3 when not)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mothership;htpasswd;add' {
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'The htpasswd file')
            [CompletionResult]::new('--cost', '--cost', [CompletionResultType]::ParameterName, 'bcrypt cost (4-31); each step doubles the work')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input instead of prompting')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mothership;htpasswd;delete' {
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'The htpasswd file')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mothership;htpasswd;list' {
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'The htpasswd file')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mothership;htpasswd;verify' {
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'The htpasswd file')
            [CompletionResult]::new('--cost', '--cost', [CompletionResultType]::ParameterName, 'bcrypt cost (4-31); each step doubles the work')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input instead of prompting')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mothership;htpasswd;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a user, or replace an existing user''s password')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a user')
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
        'mothership;images' {
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Only those containing TEXT in their ID, name or other fields (case-insensitive)')
            [CompletionResult]::new('--search', '--search', [CompletionResultType]::ParameterName, 'Only those containing TEXT in their ID, name or other fields (case-insensitive)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Sort key, `-` in front for descending, e.g. -created or id (a wrong key''s error lists the keys)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Show at most this many [default: all]')
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
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List images (newest first)')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List images (newest first)')
            [CompletionResult]::new('push', 'push', [CompletionResultType]::ParameterValue, 'Upload an IncludeOS binary (the same bytes again give the existing image)')
            [CompletionResult]::new('pull', 'pull', [CompletionResultType]::ParameterValue, 'Download an image to a file (resumes a partial download)')
            [CompletionResult]::new('inspect', 'inspect', [CompletionResultType]::ParameterValue, 'Show an image''s metadata')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an image')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Delete an image')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mothership;images;list' {
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Only those containing TEXT in their ID, name or other fields (case-insensitive)')
            [CompletionResult]::new('--search', '--search', [CompletionResultType]::ParameterName, 'Only those containing TEXT in their ID, name or other fields (case-insensitive)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Sort key, `-` in front for descending, e.g. -created or id (a wrong key''s error lists the keys)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Show at most this many [default: all]')
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
        'mothership;images;ls' {
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Only those containing TEXT in their ID, name or other fields (case-insensitive)')
            [CompletionResult]::new('--search', '--search', [CompletionResultType]::ParameterName, 'Only those containing TEXT in their ID, name or other fields (case-insensitive)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Sort key, `-` in front for descending, e.g. -created or id (a wrong key''s error lists the keys)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Show at most this many [default: all]')
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
        'mothership;images;push' {
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'A tag (name) for the image, shown in lists and searchable')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'A tag (name) for the image, shown in lists and searchable')
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
        'mothership;images;pull' {
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'File to write, `-` for standard output [default: the image ID]')
            [CompletionResult]::new('--output-file', '--output-file', [CompletionResultType]::ParameterName, 'File to write, `-` for standard output [default: the image ID]')
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
        'mothership;images;inspect' {
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
        'mothership;images;delete' {
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
        'mothership;images;rm' {
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
        'mothership;images;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List images (newest first)')
            [CompletionResult]::new('push', 'push', [CompletionResultType]::ParameterValue, 'Upload an IncludeOS binary (the same bytes again give the existing image)')
            [CompletionResult]::new('pull', 'pull', [CompletionResultType]::ParameterValue, 'Download an image to a file (resumes a partial download)')
            [CompletionResult]::new('inspect', 'inspect', [CompletionResultType]::ParameterValue, 'Show an image''s metadata')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an image')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mothership;images;help;list' {
            break
        }
        'mothership;images;help;push' {
            break
        }
        'mothership;images;help;pull' {
            break
        }
        'mothership;images;help;inspect' {
            break
        }
        'mothership;images;help;delete' {
            break
        }
        'mothership;images;help;help' {
            break
        }
        'mothership;nacls' {
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Only those containing TEXT in their ID, name or other fields (case-insensitive)')
            [CompletionResult]::new('--search', '--search', [CompletionResultType]::ParameterName, 'Only those containing TEXT in their ID, name or other fields (case-insensitive)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Sort key, `-` in front for descending, e.g. -created or id (a wrong key''s error lists the keys)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Show at most this many [default: all]')
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
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List names, sizes and dates (not the content)')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List names, sizes and dates (not the content)')
            [CompletionResult]::new('push', 'push', [CompletionResultType]::ParameterValue, 'Upload a file, named after the file unless --name is given')
            [CompletionResult]::new('pull', 'pull', [CompletionResultType]::ParameterValue, 'Download the content to a file (`-O -` for standard output)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show metadata and content')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete one')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Delete one')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mothership;nacls;list' {
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Only those containing TEXT in their ID, name or other fields (case-insensitive)')
            [CompletionResult]::new('--search', '--search', [CompletionResultType]::ParameterName, 'Only those containing TEXT in their ID, name or other fields (case-insensitive)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Sort key, `-` in front for descending, e.g. -created or id (a wrong key''s error lists the keys)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Show at most this many [default: all]')
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
        'mothership;nacls;ls' {
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Only those containing TEXT in their ID, name or other fields (case-insensitive)')
            [CompletionResult]::new('--search', '--search', [CompletionResultType]::ParameterName, 'Only those containing TEXT in their ID, name or other fields (case-insensitive)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Sort key, `-` in front for descending, e.g. -created or id (a wrong key''s error lists the keys)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Show at most this many [default: all]')
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
        'mothership;nacls;push' {
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Its name [default: the file name without extension]')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Its name [default: the file name without extension]')
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'User name for basic auth')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'PEM file with the CA certificate (or the server''s own) to trust')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--replace', '--replace', [CompletionResultType]::ParameterName, 'Replace the content when the name exists already')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, '(NaCls) Store it even when Mothership''s NaCl checks find errors in it (they are refused otherwise; `mothership validate FILE` lists them)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate (unsafe; `mothership init` pins it instead)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mothership;nacls;pull' {
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'File to write, `-` for standard output [default: NAME.nacl or NAME.snippet]')
            [CompletionResult]::new('--output-file', '--output-file', [CompletionResultType]::ParameterName, 'File to write, `-` for standard output [default: NAME.nacl or NAME.snippet]')
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
        'mothership;nacls;show' {
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
        'mothership;nacls;delete' {
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
        'mothership;nacls;rm' {
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
        'mothership;nacls;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List names, sizes and dates (not the content)')
            [CompletionResult]::new('push', 'push', [CompletionResultType]::ParameterValue, 'Upload a file, named after the file unless --name is given')
            [CompletionResult]::new('pull', 'pull', [CompletionResultType]::ParameterValue, 'Download the content to a file (`-O -` for standard output)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show metadata and content')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete one')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mothership;nacls;help;list' {
            break
        }
        'mothership;nacls;help;push' {
            break
        }
        'mothership;nacls;help;pull' {
            break
        }
        'mothership;nacls;help;show' {
            break
        }
        'mothership;nacls;help;delete' {
            break
        }
        'mothership;nacls;help;help' {
            break
        }
        'mothership;snippets' {
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Only those containing TEXT in their ID, name or other fields (case-insensitive)')
            [CompletionResult]::new('--search', '--search', [CompletionResultType]::ParameterName, 'Only those containing TEXT in their ID, name or other fields (case-insensitive)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Sort key, `-` in front for descending, e.g. -created or id (a wrong key''s error lists the keys)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Show at most this many [default: all]')
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
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List names, sizes and dates (not the content)')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List names, sizes and dates (not the content)')
            [CompletionResult]::new('push', 'push', [CompletionResultType]::ParameterValue, 'Upload a file, named after the file unless --name is given')
            [CompletionResult]::new('pull', 'pull', [CompletionResultType]::ParameterValue, 'Download the content to a file (`-O -` for standard output)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show metadata and content')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete one')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Delete one')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mothership;snippets;list' {
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Only those containing TEXT in their ID, name or other fields (case-insensitive)')
            [CompletionResult]::new('--search', '--search', [CompletionResultType]::ParameterName, 'Only those containing TEXT in their ID, name or other fields (case-insensitive)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Sort key, `-` in front for descending, e.g. -created or id (a wrong key''s error lists the keys)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Show at most this many [default: all]')
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
        'mothership;snippets;ls' {
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Only those containing TEXT in their ID, name or other fields (case-insensitive)')
            [CompletionResult]::new('--search', '--search', [CompletionResultType]::ParameterName, 'Only those containing TEXT in their ID, name or other fields (case-insensitive)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Sort key, `-` in front for descending, e.g. -created or id (a wrong key''s error lists the keys)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Show at most this many [default: all]')
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
        'mothership;snippets;push' {
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Its name [default: the file name without extension]')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Its name [default: the file name without extension]')
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'User name for basic auth')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'PEM file with the CA certificate (or the server''s own) to trust')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--replace', '--replace', [CompletionResultType]::ParameterName, 'Replace the content when the name exists already')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, '(NaCls) Store it even when Mothership''s NaCl checks find errors in it (they are refused otherwise; `mothership validate FILE` lists them)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate (unsafe; `mothership init` pins it instead)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mothership;snippets;pull' {
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'File to write, `-` for standard output [default: NAME.nacl or NAME.snippet]')
            [CompletionResult]::new('--output-file', '--output-file', [CompletionResultType]::ParameterName, 'File to write, `-` for standard output [default: NAME.nacl or NAME.snippet]')
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
        'mothership;snippets;show' {
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
        'mothership;snippets;delete' {
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
        'mothership;snippets;rm' {
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
        'mothership;snippets;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List names, sizes and dates (not the content)')
            [CompletionResult]::new('push', 'push', [CompletionResultType]::ParameterValue, 'Upload a file, named after the file unless --name is given')
            [CompletionResult]::new('pull', 'pull', [CompletionResultType]::ParameterValue, 'Download the content to a file (`-O -` for standard output)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show metadata and content')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete one')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mothership;snippets;help;list' {
            break
        }
        'mothership;snippets;help;push' {
            break
        }
        'mothership;snippets;help;pull' {
            break
        }
        'mothership;snippets;help;show' {
            break
        }
        'mothership;snippets;help;delete' {
            break
        }
        'mothership;snippets;help;help' {
            break
        }
        'mothership;uplinks' {
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Only those containing TEXT in their ID, name or other fields (case-insensitive)')
            [CompletionResult]::new('--search', '--search', [CompletionResultType]::ParameterName, 'Only those containing TEXT in their ID, name or other fields (case-insensitive)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Sort key, `-` in front for descending, e.g. -created or id (a wrong key''s error lists the keys)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Show at most this many [default: all]')
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
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List uplinks')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List uplinks')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an uplink (a token is generated unless given)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show an uplink; --token shows its token too')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change an uplink; --clear unsets optional keys')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an uplink')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Delete an uplink')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mothership;uplinks;list' {
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Only those containing TEXT in their ID, name or other fields (case-insensitive)')
            [CompletionResult]::new('--search', '--search', [CompletionResultType]::ParameterName, 'Only those containing TEXT in their ID, name or other fields (case-insensitive)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Sort key, `-` in front for descending, e.g. -created or id (a wrong key''s error lists the keys)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Show at most this many [default: all]')
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
        'mothership;uplinks;ls' {
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Only those containing TEXT in their ID, name or other fields (case-insensitive)')
            [CompletionResult]::new('--search', '--search', [CompletionResultType]::ParameterName, 'Only those containing TEXT in their ID, name or other fields (case-insensitive)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Sort key, `-` in front for descending, e.g. -created or id (a wrong key''s error lists the keys)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Show at most this many [default: all]')
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
        'mothership;uplinks;create' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Where instances dock: https://host:9090 (http:// without uplink TLS)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Token instances authenticate with [default: 256 random bits]')
            [CompletionResult]::new('--index', '--index', [CompletionResultType]::ParameterName, 'Network interface the instance docks from: a number or a name [instance default: 0]')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'Tag (image name) the instances report; `build --tag` overrides it')
            [CompletionResult]::new('--certs', '--certs', [CompletionResultType]::ParameterName, 'Path of the CA certificates on the image''s memdisk [instance default: /certs]')
            [CompletionResult]::new('--verify', '--verify', [CompletionResultType]::ParameterName, 'Verify the server certificate [instance default: true]')
            [CompletionResult]::new('--reboot', '--reboot', [CompletionResultType]::ParameterName, 'Reboot on panic [instance default: true]')
            [CompletionResult]::new('--ws-logging', '--ws-logging', [CompletionResultType]::ParameterName, 'Send logs over the uplink [instance default: true]')
            [CompletionResult]::new('--serialize-ct', '--serialize-ct', [CompletionResultType]::ParameterName, 'Serialize the console [instance default: false]')
            [CompletionResult]::new('--send-stats', '--send-stats', [CompletionResultType]::ParameterName, 'Send stats every MS milliseconds, 0 = never [instance default: 0]')
            [CompletionResult]::new('--ca', '--ca', [CompletionResultType]::ParameterName, 'PEM file of the CA that signs the uplink''s certificate: images for an https uplink carry it in their certs folder [default: the certificate the uplink port presents]')
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
        'mothership;uplinks;show' {
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'User name for basic auth')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'PEM file with the CA certificate (or the server''s own) to trust')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Show the token too (the secret baked into every image built for this uplink; kept out of lists and of `show` without this flag)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate (unsafe; `mothership init` pins it instead)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mothership;uplinks;update' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'New name')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'New URL')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'New token')
            [CompletionResult]::new('--index', '--index', [CompletionResultType]::ParameterName, 'Network interface the instance docks from: a number or a name [instance default: 0]')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'Tag (image name) the instances report; `build --tag` overrides it')
            [CompletionResult]::new('--certs', '--certs', [CompletionResultType]::ParameterName, 'Path of the CA certificates on the image''s memdisk [instance default: /certs]')
            [CompletionResult]::new('--verify', '--verify', [CompletionResultType]::ParameterName, 'Verify the server certificate [instance default: true]')
            [CompletionResult]::new('--reboot', '--reboot', [CompletionResultType]::ParameterName, 'Reboot on panic [instance default: true]')
            [CompletionResult]::new('--ws-logging', '--ws-logging', [CompletionResultType]::ParameterName, 'Send logs over the uplink [instance default: true]')
            [CompletionResult]::new('--serialize-ct', '--serialize-ct', [CompletionResultType]::ParameterName, 'Serialize the console [instance default: false]')
            [CompletionResult]::new('--send-stats', '--send-stats', [CompletionResultType]::ParameterName, 'Send stats every MS milliseconds, 0 = never [instance default: 0]')
            [CompletionResult]::new('--ca', '--ca', [CompletionResultType]::ParameterName, 'PEM file of the CA that signs the uplink''s certificate: images for an https uplink carry it in their certs folder [default: the certificate the uplink port presents]')
            [CompletionResult]::new('--clear', '--clear', [CompletionResultType]::ParameterName, 'Unset an optional key (back to the instance default); repeatable')
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
        'mothership;uplinks;delete' {
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
        'mothership;uplinks;rm' {
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
        'mothership;uplinks;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List uplinks')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an uplink (a token is generated unless given)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show an uplink; --token shows its token too')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change an uplink; --clear unsets optional keys')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an uplink')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mothership;uplinks;help;list' {
            break
        }
        'mothership;uplinks;help;create' {
            break
        }
        'mothership;uplinks;help;show' {
            break
        }
        'mothership;uplinks;help;update' {
            break
        }
        'mothership;uplinks;help;delete' {
            break
        }
        'mothership;uplinks;help;help' {
            break
        }
        'mothership;push-image' {
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'A tag (name) for the image, shown in lists and searchable')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'A tag (name) for the image, shown in lists and searchable')
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
        'mothership;pull-image' {
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'File to write, `-` for standard output [default: the image ID]')
            [CompletionResult]::new('--output-file', '--output-file', [CompletionResultType]::ParameterName, 'File to write, `-` for standard output [default: the image ID]')
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
        'mothership;push-nacl' {
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Its name [default: the file name without extension]')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Its name [default: the file name without extension]')
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'User name for basic auth')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'PEM file with the CA certificate (or the server''s own) to trust')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--replace', '--replace', [CompletionResultType]::ParameterName, 'Replace the content when the name exists already')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, '(NaCls) Store it even when Mothership''s NaCl checks find errors in it (they are refused otherwise; `mothership validate FILE` lists them)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate (unsafe; `mothership init` pins it instead)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mothership;pull-nacl' {
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'File to write, `-` for standard output [default: NAME.nacl or NAME.snippet]')
            [CompletionResult]::new('--output-file', '--output-file', [CompletionResultType]::ParameterName, 'File to write, `-` for standard output [default: NAME.nacl or NAME.snippet]')
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
        'mothership;bobproviders' {
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
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the providers: when each was last updated, how many bobs it has')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Refresh a provider''s list of bobs (DockerHub reads the registry, Local the engine)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mothership;bobproviders;list' {
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
        'mothership;bobproviders;update' {
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
        'mothership;bobproviders;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the providers: when each was last updated, how many bobs it has')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Refresh a provider''s list of bobs (DockerHub reads the registry, Local the engine)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mothership;bobproviders;help;list' {
            break
        }
        'mothership;bobproviders;help;update' {
            break
        }
        'mothership;bobproviders;help;help' {
            break
        }
        'mothership;bobs' {
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
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the bobs a provider offers (as of its last update) and whether each is prepared')
            [CompletionResult]::new('prepare', 'prepare', [CompletionResultType]::ParameterValue, 'Pull a bob onto the engine; it becomes the builder with the same ID')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mothership;bobs;list' {
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
        'mothership;bobs;prepare' {
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
        'mothership;bobs;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the bobs a provider offers (as of its last update) and whether each is prepared')
            [CompletionResult]::new('prepare', 'prepare', [CompletionResultType]::ParameterValue, 'Pull a bob onto the engine; it becomes the builder with the same ID')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mothership;bobs;help;list' {
            break
        }
        'mothership;bobs;help;prepare' {
            break
        }
        'mothership;bobs;help;help' {
            break
        }
        'mothership;builders' {
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
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the builders on the engine')
            [CompletionResult]::new('inspect', 'inspect', [CompletionResultType]::ParameterValue, 'Show one builder''s details (its contract, the services it builds, IncludeOS version...)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a builder''s image from the engine (refused while a build uses it)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mothership;builders;list' {
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
        'mothership;builders;inspect' {
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
        'mothership;builders;delete' {
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
        'mothership;builders;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the builders on the engine')
            [CompletionResult]::new('inspect', 'inspect', [CompletionResultType]::ParameterValue, 'Show one builder''s details (its contract, the services it builds, IncludeOS version...)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a builder''s image from the engine (refused while a build uses it)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mothership;builders;help;list' {
            break
        }
        'mothership;builders;help;inspect' {
            break
        }
        'mothership;builders;help;delete' {
            break
        }
        'mothership;builders;help;help' {
            break
        }
        'mothership;services' {
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
            [CompletionResult]::new('push', 'push', [CompletionResultType]::ParameterValue, 'Store a service: tars DIR (skipping `build` directories and `.git`) and sends it; the name is --name, else the CMakeLists.txt''s project(...), else its BINARY')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the services: bundled by builders and stored')
            [CompletionResult]::new('inspect', 'inspect', [CompletionResultType]::ParameterValue, 'Show one service')
            [CompletionResult]::new('pull', 'pull', [CompletionResultType]::ParameterValue, 'Download a stored service''s sources as a tar')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a stored service')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mothership;services;push' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Store it under this name')
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
        'mothership;services;list' {
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
        'mothership;services;inspect' {
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
        'mothership;services;pull' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Where to write the tar [default: NAME.tar]')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Where to write the tar [default: NAME.tar]')
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
        'mothership;services;delete' {
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
        'mothership;services;help' {
            [CompletionResult]::new('push', 'push', [CompletionResultType]::ParameterValue, 'Store a service: tars DIR (skipping `build` directories and `.git`) and sends it; the name is --name, else the CMakeLists.txt''s project(...), else its BINARY')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the services: bundled by builders and stored')
            [CompletionResult]::new('inspect', 'inspect', [CompletionResultType]::ParameterValue, 'Show one service')
            [CompletionResult]::new('pull', 'pull', [CompletionResultType]::ParameterValue, 'Download a stored service''s sources as a tar')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a stored service')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mothership;services;help;push' {
            break
        }
        'mothership;services;help;list' {
            break
        }
        'mothership;services;help;inspect' {
            break
        }
        'mothership;services;help;pull' {
            break
        }
        'mothership;services;help;delete' {
            break
        }
        'mothership;services;help;help' {
            break
        }
        'mothership;build' {
            [CompletionResult]::new('--builder', '--builder', [CompletionResultType]::ParameterName, 'The builder to build with')
            [CompletionResult]::new('--nacl-file', '--nacl-file', [CompletionResultType]::ParameterName, 'A NaCl file to build with')
            [CompletionResult]::new('--nacl', '--nacl', [CompletionResultType]::ParameterName, 'A stored NaCl to build with, by ID or name')
            [CompletionResult]::new('--uplink', '--uplink', [CompletionResultType]::ParameterName, 'The uplink the image docks with, by ID or name [default: the default uplink]')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'The image''s tag (the name its instances report)')
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'User name for basic auth')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'PEM file with the CA certificate (or the server''s own) to trust')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--detach', '--detach', [CompletionResultType]::ParameterName, 'Print the build ID and return at once instead of following the build')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate (unsafe; `mothership init` pins it instead)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mothership;validate' {
            [CompletionResult]::new('--builder', '--builder', [CompletionResultType]::ParameterName, 'Validate with this builder (IncludeOS''s own NaCl.py) instead of checking here')
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
        'mothership;nacl' {
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
            [CompletionResult]::new('fmt', 'fmt', [CompletionResultType]::ParameterValue, 'Lay a NaCl file out canonically, in place: one statement per line, four spaces per level, one space after each colon; comments and strings are kept as written')
            [CompletionResult]::new('transpile', 'transpile', [CompletionResultType]::ParameterValue, 'Print the C++ that IncludeOS''s NaCl transpiler (NaCl.py) makes of a NaCl file, the same text byte for byte; no server or builder needed')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mothership;nacl;fmt' {
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'User name for basic auth')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'PEM file with the CA certificate (or the server''s own) to trust')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--check', '--check', [CompletionResultType]::ParameterName, 'Change nothing: exit 1 and name the file if formatting would change it')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate (unsafe; `mothership init` pins it instead)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mothership;nacl;transpile' {
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
        'mothership;nacl;help' {
            [CompletionResult]::new('fmt', 'fmt', [CompletionResultType]::ParameterValue, 'Lay a NaCl file out canonically, in place: one statement per line, four spaces per level, one space after each colon; comments and strings are kept as written')
            [CompletionResult]::new('transpile', 'transpile', [CompletionResultType]::ParameterValue, 'Print the C++ that IncludeOS''s NaCl transpiler (NaCl.py) makes of a NaCl file, the same text byte for byte; no server or builder needed')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mothership;nacl;help;fmt' {
            break
        }
        'mothership;nacl;help;transpile' {
            break
        }
        'mothership;nacl;help;help' {
            break
        }
        'mothership;upgrade' {
            [CompletionResult]::new('--nacl', '--nacl', [CompletionResultType]::ParameterName, 'The stored NaCl to build with, by id or name [default: the NaCl of the image it runs]')
            [CompletionResult]::new('--builder', '--builder', [CompletionResultType]::ParameterName, 'The builder to build with [default: the newest of the instance''s IncludeOS version, else the newest]')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'The new image''s tag')
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'User name for basic auth')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'PEM file with the CA certificate (or the server''s own) to trust')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Deploy even when the uplink url or IncludeOS version checks fail')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Print the upgrade id and return at once instead of following the upgrade')
            [CompletionResult]::new('--detach', '--detach', [CompletionResultType]::ParameterName, 'Print the upgrade id and return at once instead of following the upgrade')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Accepted for compatibility: following is the default now')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Accepted for compatibility: following is the default now')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate (unsafe; `mothership init` pins it instead)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mothership;upgrades' {
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Only upgrades of this instance (ID, unique start of one, or alias)')
            [CompletionResult]::new('--instance', '--instance', [CompletionResultType]::ParameterName, 'Only upgrades of this instance (ID, unique start of one, or alias)')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only upgrades with this status')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Only upgrades whose ID, instance, build or deploy ID contain this')
            [CompletionResult]::new('--search', '--search', [CompletionResultType]::ParameterName, 'Only upgrades whose ID, instance, build or deploy ID contain this')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Show at most this many [default: 100]')
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
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List upgrades (newest first)')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List upgrades (newest first)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show an upgrade with its build and deploy')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mothership;upgrades;list' {
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Only upgrades of this instance (ID, unique start of one, or alias)')
            [CompletionResult]::new('--instance', '--instance', [CompletionResultType]::ParameterName, 'Only upgrades of this instance (ID, unique start of one, or alias)')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only upgrades with this status')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Only upgrades whose ID, instance, build or deploy ID contain this')
            [CompletionResult]::new('--search', '--search', [CompletionResultType]::ParameterName, 'Only upgrades whose ID, instance, build or deploy ID contain this')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Show at most this many [default: 100]')
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
        'mothership;upgrades;ls' {
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Only upgrades of this instance (ID, unique start of one, or alias)')
            [CompletionResult]::new('--instance', '--instance', [CompletionResultType]::ParameterName, 'Only upgrades of this instance (ID, unique start of one, or alias)')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only upgrades with this status')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Only upgrades whose ID, instance, build or deploy ID contain this')
            [CompletionResult]::new('--search', '--search', [CompletionResultType]::ParameterName, 'Only upgrades whose ID, instance, build or deploy ID contain this')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Show at most this many [default: 100]')
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
        'mothership;upgrades;show' {
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
        'mothership;upgrades;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List upgrades (newest first)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show an upgrade with its build and deploy')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mothership;upgrades;help;list' {
            break
        }
        'mothership;upgrades;help;show' {
            break
        }
        'mothership;upgrades;help;help' {
            break
        }
        'mothership;rollout' {
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
            [CompletionResult]::new('start', 'start', [CompletionResultType]::ParameterValue, 'Roll an image out to the instances a selector picks, in waves')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List rollouts (newest first)')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List rollouts (newest first)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a rollout: its waves and every instance''s outcome')
            [CompletionResult]::new('pause', 'pause', [CompletionResultType]::ParameterValue, 'Pause a running rollout: nothing new starts, updates under way finish')
            [CompletionResult]::new('resume', 'resume', [CompletionResultType]::ParameterValue, 'Resume a paused rollout')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel a rollout (emergency stop): nothing new starts, queued instances are skipped')
            [CompletionResult]::new('rollback', 'rollback', [CompletionResultType]::ParameterValue, 'Roll a rollout back: every instance it updated (or failed) gets its previous image')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mothership;rollout;start' {
            [CompletionResult]::new('--selector', '--selector', [CompletionResultType]::ParameterName, 'Which instances: tag=T, service=S, version=V (IncludeOS), instances=ID,ID,...; repeat to combine filters')
            [CompletionResult]::new('--waves', '--waves', [CompletionResultType]::ParameterName, 'Wave sizes, comma-separated: a count (5) or a share (10%); the first is the canary')
            [CompletionResult]::new('--threshold', '--threshold', [CompletionResultType]::ParameterName, 'Percent of a wave that must verify for the next one to start [default: 100]')
            [CompletionResult]::new('--error-threshold', '--error-threshold', [CompletionResultType]::ParameterName, 'Percent of a wave whose failure pauses the rollout at once')
            [CompletionResult]::new('--soak', '--soak', [CompletionResultType]::ParameterName, 'Seconds between a wave passing and the next one starting')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Instances of a wave updated at the same time [default: 100]')
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'User name for basic auth')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'PEM file with the CA certificate (or the server''s own) to trust')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--rollback', '--rollback', [CompletionResultType]::ParameterName, 'On failures that pause the rollout, put the failed instances back on their previous image')
            [CompletionResult]::new('--build-per-version', '--build-per-version', [CompletionResultType]::ParameterName, 'Selected instances run several IncludeOS versions: build the image (a stored build) again for each other version with its newest builder, each instance getting its version''s image')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate (unsafe; `mothership init` pins it instead)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mothership;rollout;list' {
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only rollouts with this status')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Only rollouts whose ID, image or instances contain this')
            [CompletionResult]::new('--search', '--search', [CompletionResultType]::ParameterName, 'Only rollouts whose ID, image or instances contain this')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Show at most this many [default: 100]')
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
        'mothership;rollout;ls' {
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only rollouts with this status')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Only rollouts whose ID, image or instances contain this')
            [CompletionResult]::new('--search', '--search', [CompletionResultType]::ParameterName, 'Only rollouts whose ID, image or instances contain this')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Show at most this many [default: 100]')
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
        'mothership;rollout;show' {
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'User name for basic auth')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'PEM file with the CA certificate (or the server''s own) to trust')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Keep printing progress until the rollout pauses or ends: a bar per wave on a terminal, plain lines when piped')
            [CompletionResult]::new('--follow', '--follow', [CompletionResultType]::ParameterName, 'Keep printing progress until the rollout pauses or ends: a bar per wave on a terminal, plain lines when piped')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate (unsafe; `mothership init` pins it instead)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mothership;rollout;pause' {
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
        'mothership;rollout;resume' {
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
        'mothership;rollout;cancel' {
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
        'mothership;rollout;rollback' {
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
        'mothership;rollout;help' {
            [CompletionResult]::new('start', 'start', [CompletionResultType]::ParameterValue, 'Roll an image out to the instances a selector picks, in waves')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List rollouts (newest first)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a rollout: its waves and every instance''s outcome')
            [CompletionResult]::new('pause', 'pause', [CompletionResultType]::ParameterValue, 'Pause a running rollout: nothing new starts, updates under way finish')
            [CompletionResult]::new('resume', 'resume', [CompletionResultType]::ParameterValue, 'Resume a paused rollout')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel a rollout (emergency stop): nothing new starts, queued instances are skipped')
            [CompletionResult]::new('rollback', 'rollback', [CompletionResultType]::ParameterValue, 'Roll a rollout back: every instance it updated (or failed) gets its previous image')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mothership;rollout;help;start' {
            break
        }
        'mothership;rollout;help;list' {
            break
        }
        'mothership;rollout;help;show' {
            break
        }
        'mothership;rollout;help;pause' {
            break
        }
        'mothership;rollout;help;resume' {
            break
        }
        'mothership;rollout;help;cancel' {
            break
        }
        'mothership;rollout;help;rollback' {
            break
        }
        'mothership;rollout;help;help' {
            break
        }
        'mothership;events' {
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'Only events of this type, or of types starting with a prefix ending in `*` (repeat for several, or give a comma list)')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Only events of this type, or of types starting with a prefix ending in `*` (repeat for several, or give a comma list)')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Only events after this event id')
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'User name for basic auth')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'PEM file with the CA certificate (or the server''s own) to trust')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Keep printing events as they happen (reconnects, resuming where it stopped)')
            [CompletionResult]::new('--follow', '--follow', [CompletionResultType]::ParameterName, 'Keep printing events as they happen (reconnects, resuming where it stopped)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate (unsafe; `mothership init` pins it instead)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mothership;webhooks' {
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
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Register a URL to POST events to; prints the secret deliveries are signed with, once')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List webhooks and how their deliveries go')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List webhooks and how their deliveries go')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a webhook and its last delivery')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a webhook (what is queued for it is dropped)')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Delete a webhook (what is queued for it is dropped)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mothership;webhooks;add' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'An event type or `prefix*` to deliver (repeat for several) [default: every event]')
            [CompletionResult]::new('--event', '--event', [CompletionResultType]::ParameterName, 'An event type or `prefix*` to deliver (repeat for several) [default: every event]')
            [CompletionResult]::new('--secret', '--secret', [CompletionResultType]::ParameterName, 'The signing secret [default: generated, and printed once]')
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
        'mothership;webhooks;list' {
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
        'mothership;webhooks;ls' {
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
        'mothership;webhooks;show' {
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
        'mothership;webhooks;delete' {
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
        'mothership;webhooks;rm' {
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
        'mothership;webhooks;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Register a URL to POST events to; prints the secret deliveries are signed with, once')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List webhooks and how their deliveries go')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a webhook and its last delivery')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a webhook (what is queued for it is dropped)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mothership;webhooks;help;add' {
            break
        }
        'mothership;webhooks;help;list' {
            break
        }
        'mothership;webhooks;help;show' {
            break
        }
        'mothership;webhooks;help;delete' {
            break
        }
        'mothership;webhooks;help;help' {
            break
        }
        'mothership;audit' {
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Only rows whose user, method, path or address contain TEXT')
            [CompletionResult]::new('--search', '--search', [CompletionResultType]::ParameterName, 'Only rows whose user, method, path or address contain TEXT')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Show at most this many, newest first')
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
        'mothership;completions' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mothership;man' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mothership;help' {
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Run the Mothership server (API on :8080, uplink hangar on :9090)')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Point this client at a server: asks for host and credentials, pins its certificate')
            [CompletionResult]::new('info', 'info', [CompletionResultType]::ParameterValue, 'Show the server''s name, version and uptime')
            [CompletionResult]::new('instances', 'instances', [CompletionResultType]::ParameterValue, 'Instances docked to this Mothership (or known from before): list, inspect, logs, panics, stats, alias, describe, delete')
            [CompletionResult]::new('inspect-instance', 'inspect-instance', [CompletionResultType]::ParameterValue, 'Same as `instances inspect` (original Mothership spelling)')
            [CompletionResult]::new('deploy', 'deploy', [CompletionResultType]::ParameterValue, 'Live-update running instances with an image: one instance, or many with --all, --tag, --status or --search')
            [CompletionResult]::new('deploys', 'deploys', [CompletionResultType]::ParameterValue, 'Deploy records: list, show (with the state of each instance)')
            [CompletionResult]::new('htpasswd', 'htpasswd', [CompletionResultType]::ParameterValue, 'Users of an htpasswd file (bcrypt, as Apache''s `htpasswd -B` writes it): add, delete, list, verify')
            [CompletionResult]::new('images', 'images', [CompletionResultType]::ParameterValue, 'Images: list, push, pull, inspect, delete')
            [CompletionResult]::new('nacls', 'nacls', [CompletionResultType]::ParameterValue, 'NaCls (IncludeOS configurations): list, push, pull, show, delete')
            [CompletionResult]::new('snippets', 'snippets', [CompletionResultType]::ParameterValue, 'Snippets (reusable NaCl pieces): list, push, pull, show, delete')
            [CompletionResult]::new('uplinks', 'uplinks', [CompletionResultType]::ParameterValue, 'Uplinks (where built images dock): list, create, show, update, delete')
            [CompletionResult]::new('push-image', 'push-image', [CompletionResultType]::ParameterValue, 'Same as `images push` (original Mothership spelling)')
            [CompletionResult]::new('pull-image', 'pull-image', [CompletionResultType]::ParameterValue, 'Same as `images pull` (original Mothership spelling)')
            [CompletionResult]::new('push-nacl', 'push-nacl', [CompletionResultType]::ParameterValue, 'Same as `nacls push` (original Mothership spelling)')
            [CompletionResult]::new('pull-nacl', 'pull-nacl', [CompletionResultType]::ParameterValue, 'Same as `nacls pull` (original Mothership spelling)')
            [CompletionResult]::new('bobproviders', 'bobproviders', [CompletionResultType]::ParameterValue, 'Bob providers, where builders come from (DockerHub, Local): list, update')
            [CompletionResult]::new('bobs', 'bobs', [CompletionResultType]::ParameterValue, 'Bobs, the builders a provider offers: list, prepare (pull one to make it a builder)')
            [CompletionResult]::new('builders', 'builders', [CompletionResultType]::ParameterValue, 'Builders on the Docker engine: list, inspect, delete')
            [CompletionResult]::new('services', 'services', [CompletionResultType]::ParameterValue, 'Your own services (a directory with CMakeLists.txt and its sources): push, list, inspect, pull, delete; build one with `mothership build NAME --builder ID`')
            [CompletionResult]::new('build', 'build', [CompletionResultType]::ParameterValue, 'Build an image of a service with a builder; streams the log, prints the image ID last')
            [CompletionResult]::new('validate', 'validate', [CompletionResultType]::ParameterValue, 'Check a NaCl file (here, no server needed) or a stored NaCl, or validate it with a builder (errors as NAME:LINE:COL: message; exit 1 if invalid)')
            [CompletionResult]::new('nacl', 'nacl', [CompletionResultType]::ParameterValue, 'NaCl tools that need no server: fmt (lay a NaCl file out canonically)')
            [CompletionResult]::new('upgrade', 'upgrade', [CompletionResultType]::ParameterValue, 'Build an image for an instance (its uplink, its NaCl or one given, the newest fitting builder) and deploy it there; follows the build log and the deploy')
            [CompletionResult]::new('upgrades', 'upgrades', [CompletionResultType]::ParameterValue, 'Upgrade records: list, show (with the build and the deploy)')
            [CompletionResult]::new('rollout', 'rollout', [CompletionResultType]::ParameterValue, 'Roll an image out to a group of instances in waves that pause by themselves on failures: start, list, show (--follow), pause, resume, cancel, rollback')
            [CompletionResult]::new('events', 'events', [CompletionResultType]::ParameterValue, 'What happened on this Mothership (instances docking, deploys, builds, logins...); --follow keeps printing as it happens')
            [CompletionResult]::new('webhooks', 'webhooks', [CompletionResultType]::ParameterValue, 'Webhooks, URLs events are POSTed to (signed): add, list, show, delete')
            [CompletionResult]::new('audit', 'audit', [CompletionResultType]::ParameterValue, 'The audit log: every state-changing API request, who made it and from where')
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
        'mothership;help;instances' {
            [CompletionResult]::new('inspect', 'inspect', [CompletionResultType]::ParameterValue, 'Show everything known about an instance')
            [CompletionResult]::new('logs', 'logs', [CompletionResultType]::ParameterValue, 'Print an instance''s log')
            [CompletionResult]::new('panics', 'panics', [CompletionResultType]::ParameterValue, 'Print the panics an instance reported')
            [CompletionResult]::new('stats', 'stats', [CompletionResultType]::ParameterValue, 'Print an instance''s stats (fresh from the instance when it is docked)')
            [CompletionResult]::new('alias', 'alias', [CompletionResultType]::ParameterValue, 'Give an instance an alias (usable as its ID); an empty NAME removes it')
            [CompletionResult]::new('describe', 'describe', [CompletionResultType]::ParameterValue, 'Set an instance''s description; an empty TEXT removes it')
            [CompletionResult]::new('auto-redeploy', 'auto-redeploy', [CompletionResultType]::ParameterValue, 'Turn "automatically redeploy last image" on or off: when the instance docks running another binary than the image last deployed to it, that image is deployed again')
            [CompletionResult]::new('desired', 'desired', [CompletionResultType]::ParameterValue, 'The image instances should run (desired state): Mothership keeps them converging on it')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Forget instances (with their logs, panics and stats)')
            break
        }
        'mothership;help;instances;inspect' {
            break
        }
        'mothership;help;instances;logs' {
            break
        }
        'mothership;help;instances;panics' {
            break
        }
        'mothership;help;instances;stats' {
            break
        }
        'mothership;help;instances;alias' {
            break
        }
        'mothership;help;instances;describe' {
            break
        }
        'mothership;help;instances;auto-redeploy' {
            break
        }
        'mothership;help;instances;desired' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show an instance''s desired image and whether it is in sync, updating, failed (why) or not managed')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Give instances a desired image: those running another binary are updated now if connected, and whenever they dock running another, a bounded number of times')
            [CompletionResult]::new('clear', 'clear', [CompletionResultType]::ParameterValue, 'Remove instances'' desired image (nothing is deployed; they are no longer managed)')
            break
        }
        'mothership;help;instances;desired;show' {
            break
        }
        'mothership;help;instances;desired;set' {
            break
        }
        'mothership;help;instances;desired;clear' {
            break
        }
        'mothership;help;instances;delete' {
            break
        }
        'mothership;help;inspect-instance' {
            break
        }
        'mothership;help;deploy' {
            break
        }
        'mothership;help;deploys' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List deploys (newest first)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a deploy with the state of each instance')
            break
        }
        'mothership;help;deploys;list' {
            break
        }
        'mothership;help;deploys;show' {
            break
        }
        'mothership;help;htpasswd' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a user, or replace an existing user''s password')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a user')
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
        'mothership;help;images' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List images (newest first)')
            [CompletionResult]::new('push', 'push', [CompletionResultType]::ParameterValue, 'Upload an IncludeOS binary (the same bytes again give the existing image)')
            [CompletionResult]::new('pull', 'pull', [CompletionResultType]::ParameterValue, 'Download an image to a file (resumes a partial download)')
            [CompletionResult]::new('inspect', 'inspect', [CompletionResultType]::ParameterValue, 'Show an image''s metadata')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an image')
            break
        }
        'mothership;help;images;list' {
            break
        }
        'mothership;help;images;push' {
            break
        }
        'mothership;help;images;pull' {
            break
        }
        'mothership;help;images;inspect' {
            break
        }
        'mothership;help;images;delete' {
            break
        }
        'mothership;help;nacls' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List names, sizes and dates (not the content)')
            [CompletionResult]::new('push', 'push', [CompletionResultType]::ParameterValue, 'Upload a file, named after the file unless --name is given')
            [CompletionResult]::new('pull', 'pull', [CompletionResultType]::ParameterValue, 'Download the content to a file (`-O -` for standard output)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show metadata and content')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete one')
            break
        }
        'mothership;help;nacls;list' {
            break
        }
        'mothership;help;nacls;push' {
            break
        }
        'mothership;help;nacls;pull' {
            break
        }
        'mothership;help;nacls;show' {
            break
        }
        'mothership;help;nacls;delete' {
            break
        }
        'mothership;help;snippets' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List names, sizes and dates (not the content)')
            [CompletionResult]::new('push', 'push', [CompletionResultType]::ParameterValue, 'Upload a file, named after the file unless --name is given')
            [CompletionResult]::new('pull', 'pull', [CompletionResultType]::ParameterValue, 'Download the content to a file (`-O -` for standard output)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show metadata and content')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete one')
            break
        }
        'mothership;help;snippets;list' {
            break
        }
        'mothership;help;snippets;push' {
            break
        }
        'mothership;help;snippets;pull' {
            break
        }
        'mothership;help;snippets;show' {
            break
        }
        'mothership;help;snippets;delete' {
            break
        }
        'mothership;help;uplinks' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List uplinks')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an uplink (a token is generated unless given)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show an uplink; --token shows its token too')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change an uplink; --clear unsets optional keys')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an uplink')
            break
        }
        'mothership;help;uplinks;list' {
            break
        }
        'mothership;help;uplinks;create' {
            break
        }
        'mothership;help;uplinks;show' {
            break
        }
        'mothership;help;uplinks;update' {
            break
        }
        'mothership;help;uplinks;delete' {
            break
        }
        'mothership;help;push-image' {
            break
        }
        'mothership;help;pull-image' {
            break
        }
        'mothership;help;push-nacl' {
            break
        }
        'mothership;help;pull-nacl' {
            break
        }
        'mothership;help;bobproviders' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the providers: when each was last updated, how many bobs it has')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Refresh a provider''s list of bobs (DockerHub reads the registry, Local the engine)')
            break
        }
        'mothership;help;bobproviders;list' {
            break
        }
        'mothership;help;bobproviders;update' {
            break
        }
        'mothership;help;bobs' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the bobs a provider offers (as of its last update) and whether each is prepared')
            [CompletionResult]::new('prepare', 'prepare', [CompletionResultType]::ParameterValue, 'Pull a bob onto the engine; it becomes the builder with the same ID')
            break
        }
        'mothership;help;bobs;list' {
            break
        }
        'mothership;help;bobs;prepare' {
            break
        }
        'mothership;help;builders' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the builders on the engine')
            [CompletionResult]::new('inspect', 'inspect', [CompletionResultType]::ParameterValue, 'Show one builder''s details (its contract, the services it builds, IncludeOS version...)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a builder''s image from the engine (refused while a build uses it)')
            break
        }
        'mothership;help;builders;list' {
            break
        }
        'mothership;help;builders;inspect' {
            break
        }
        'mothership;help;builders;delete' {
            break
        }
        'mothership;help;services' {
            [CompletionResult]::new('push', 'push', [CompletionResultType]::ParameterValue, 'Store a service: tars DIR (skipping `build` directories and `.git`) and sends it; the name is --name, else the CMakeLists.txt''s project(...), else its BINARY')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the services: bundled by builders and stored')
            [CompletionResult]::new('inspect', 'inspect', [CompletionResultType]::ParameterValue, 'Show one service')
            [CompletionResult]::new('pull', 'pull', [CompletionResultType]::ParameterValue, 'Download a stored service''s sources as a tar')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a stored service')
            break
        }
        'mothership;help;services;push' {
            break
        }
        'mothership;help;services;list' {
            break
        }
        'mothership;help;services;inspect' {
            break
        }
        'mothership;help;services;pull' {
            break
        }
        'mothership;help;services;delete' {
            break
        }
        'mothership;help;build' {
            break
        }
        'mothership;help;validate' {
            break
        }
        'mothership;help;nacl' {
            [CompletionResult]::new('fmt', 'fmt', [CompletionResultType]::ParameterValue, 'Lay a NaCl file out canonically, in place: one statement per line, four spaces per level, one space after each colon; comments and strings are kept as written')
            [CompletionResult]::new('transpile', 'transpile', [CompletionResultType]::ParameterValue, 'Print the C++ that IncludeOS''s NaCl transpiler (NaCl.py) makes of a NaCl file, the same text byte for byte; no server or builder needed')
            break
        }
        'mothership;help;nacl;fmt' {
            break
        }
        'mothership;help;nacl;transpile' {
            break
        }
        'mothership;help;upgrade' {
            break
        }
        'mothership;help;upgrades' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List upgrades (newest first)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show an upgrade with its build and deploy')
            break
        }
        'mothership;help;upgrades;list' {
            break
        }
        'mothership;help;upgrades;show' {
            break
        }
        'mothership;help;rollout' {
            [CompletionResult]::new('start', 'start', [CompletionResultType]::ParameterValue, 'Roll an image out to the instances a selector picks, in waves')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List rollouts (newest first)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a rollout: its waves and every instance''s outcome')
            [CompletionResult]::new('pause', 'pause', [CompletionResultType]::ParameterValue, 'Pause a running rollout: nothing new starts, updates under way finish')
            [CompletionResult]::new('resume', 'resume', [CompletionResultType]::ParameterValue, 'Resume a paused rollout')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel a rollout (emergency stop): nothing new starts, queued instances are skipped')
            [CompletionResult]::new('rollback', 'rollback', [CompletionResultType]::ParameterValue, 'Roll a rollout back: every instance it updated (or failed) gets its previous image')
            break
        }
        'mothership;help;rollout;start' {
            break
        }
        'mothership;help;rollout;list' {
            break
        }
        'mothership;help;rollout;show' {
            break
        }
        'mothership;help;rollout;pause' {
            break
        }
        'mothership;help;rollout;resume' {
            break
        }
        'mothership;help;rollout;cancel' {
            break
        }
        'mothership;help;rollout;rollback' {
            break
        }
        'mothership;help;events' {
            break
        }
        'mothership;help;webhooks' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Register a URL to POST events to; prints the secret deliveries are signed with, once')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List webhooks and how their deliveries go')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a webhook and its last delivery')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a webhook (what is queued for it is dropped)')
            break
        }
        'mothership;help;webhooks;add' {
            break
        }
        'mothership;help;webhooks;list' {
            break
        }
        'mothership;help;webhooks;show' {
            break
        }
        'mothership;help;webhooks;delete' {
            break
        }
        'mothership;help;audit' {
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

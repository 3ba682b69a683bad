# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_mothership_global_optspecs
    string join \n host= username= password= cacert= insecure o/output= h/help V/version
end

function __fish_mothership_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_mothership_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_mothership_using_subcommand
    set -l cmd (__fish_mothership_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c mothership -n "__fish_mothership_needs_command" -l host -d 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]' -r
complete -c mothership -n "__fish_mothership_needs_command" -l username -d 'User name for basic auth' -r
complete -c mothership -n "__fish_mothership_needs_command" -l password -d 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)' -r
complete -c mothership -n "__fish_mothership_needs_command" -l cacert -d 'PEM file with the CA certificate (or the server\'s own) to trust' -r -F
complete -c mothership -n "__fish_mothership_needs_command" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'JSON, for scripts'
yaml\t'YAML'
id\t'Only the IDs, one a line'"
complete -c mothership -n "__fish_mothership_needs_command" -l insecure -d 'Do not verify the server\'s TLS certificate (unsafe; `mothership init` pins it instead)'
complete -c mothership -n "__fish_mothership_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mothership -n "__fish_mothership_needs_command" -s V -l version -d 'Print version'
complete -c mothership -n "__fish_mothership_needs_command" -f -a "serve" -d 'Run the Mothership server (API on :8080, uplink hangar on :9090)'
complete -c mothership -n "__fish_mothership_needs_command" -f -a "init" -d 'Point this client at a server: asks for host and credentials, pins its certificate'
complete -c mothership -n "__fish_mothership_needs_command" -f -a "info" -d 'Show the server\'s name, version and uptime'
complete -c mothership -n "__fish_mothership_needs_command" -f -a "instances" -d 'Instances docked to this Mothership (or known from before): list, inspect, logs, panics, stats, alias, describe, delete'
complete -c mothership -n "__fish_mothership_needs_command" -f -a "instance" -d 'Instances docked to this Mothership (or known from before): list, inspect, logs, panics, stats, alias, describe, delete'
complete -c mothership -n "__fish_mothership_needs_command" -f -a "inspect-instance" -d 'Same as `instances inspect` (original Mothership spelling)'
complete -c mothership -n "__fish_mothership_needs_command" -f -a "deploy" -d 'Live-update running instances with an image: one instance, or many with --all, --tag, --status or --search'
complete -c mothership -n "__fish_mothership_needs_command" -f -a "deploys" -d 'Deploy records: list, show (with the state of each instance)'
complete -c mothership -n "__fish_mothership_needs_command" -f -a "htpasswd" -d 'Users of an htpasswd file (bcrypt, as Apache\'s `htpasswd -B` writes it): add, delete, list, verify'
complete -c mothership -n "__fish_mothership_needs_command" -f -a "images" -d 'Images: list, push, pull, inspect, delete'
complete -c mothership -n "__fish_mothership_needs_command" -f -a "nacls" -d 'NaCls (IncludeOS configurations): list, push, pull, show, delete'
complete -c mothership -n "__fish_mothership_needs_command" -f -a "snippets" -d 'Snippets (reusable NaCl pieces): list, push, pull, show, delete'
complete -c mothership -n "__fish_mothership_needs_command" -f -a "uplinks" -d 'Uplinks (where built images dock): list, create, show, update, delete'
complete -c mothership -n "__fish_mothership_needs_command" -f -a "push-image" -d 'Same as `images push` (original Mothership spelling)'
complete -c mothership -n "__fish_mothership_needs_command" -f -a "pull-image" -d 'Same as `images pull` (original Mothership spelling)'
complete -c mothership -n "__fish_mothership_needs_command" -f -a "push-nacl" -d 'Same as `nacls push` (original Mothership spelling)'
complete -c mothership -n "__fish_mothership_needs_command" -f -a "pull-nacl" -d 'Same as `nacls pull` (original Mothership spelling)'
complete -c mothership -n "__fish_mothership_needs_command" -f -a "bobproviders" -d 'Bob providers, where builders come from (DockerHub, Local): list, update'
complete -c mothership -n "__fish_mothership_needs_command" -f -a "bobs" -d 'Bobs, the builders a provider offers: list, prepare (pull one to make it a builder)'
complete -c mothership -n "__fish_mothership_needs_command" -f -a "builders" -d 'Builders on the Docker engine: list, inspect, delete'
complete -c mothership -n "__fish_mothership_needs_command" -f -a "services" -d 'Your own services (a directory with CMakeLists.txt and its sources): push, list, inspect, pull, delete; build one with `mothership build NAME --builder ID`'
complete -c mothership -n "__fish_mothership_needs_command" -f -a "build" -d 'Build an image of a service with a builder; streams the log, prints the image ID last'
complete -c mothership -n "__fish_mothership_needs_command" -f -a "validate" -d 'Check a NaCl file (here, no server needed) or a stored NaCl, or validate it with a builder (errors as NAME:LINE:COL: message; exit 1 if invalid)'
complete -c mothership -n "__fish_mothership_needs_command" -f -a "nacl" -d 'NaCl tools that need no server: fmt (lay a NaCl file out canonically)'
complete -c mothership -n "__fish_mothership_needs_command" -f -a "upgrade" -d 'Build an image for an instance (its uplink, its NaCl or one given, the newest fitting builder) and deploy it there; follows the build log and the deploy'
complete -c mothership -n "__fish_mothership_needs_command" -f -a "upgrades" -d 'Upgrade records: list, show (with the build and the deploy)'
complete -c mothership -n "__fish_mothership_needs_command" -f -a "rollout" -d 'Roll an image out to a group of instances in waves that pause by themselves on failures: start, list, show (--follow), pause, resume, cancel, rollback'
complete -c mothership -n "__fish_mothership_needs_command" -f -a "events" -d 'What happened on this Mothership (instances docking, deploys, builds, logins...); --follow keeps printing as it happens'
complete -c mothership -n "__fish_mothership_needs_command" -f -a "webhooks" -d 'Webhooks, URLs events are POSTed to (signed): add, list, show, delete'
complete -c mothership -n "__fish_mothership_needs_command" -f -a "audit" -d 'The audit log: every state-changing API request, who made it and from where'
complete -c mothership -n "__fish_mothership_needs_command" -f -a "completions" -d 'Print a shell completion script'
complete -c mothership -n "__fish_mothership_needs_command" -f -a "man" -d 'Write man pages, one per subcommand, into a directory'
complete -c mothership -n "__fish_mothership_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mothership -n "__fish_mothership_using_subcommand serve" -l name -d 'Name this Mothership reports [default: mothership]' -r
complete -c mothership -n "__fish_mothership_using_subcommand serve" -l certfile -d 'TLS certificate (PEM) for the API and the uplink [default: <config-dir>/cert.pem]' -r -F
complete -c mothership -n "__fish_mothership_using_subcommand serve" -l keyfile -d 'TLS private key (PEM) [default: <config-dir>/key.pem]' -r -F
complete -c mothership -n "__fish_mothership_using_subcommand serve" -l uplinkcertfile -d 'TLS certificate (PEM) the uplink port presents; RSA while --uplinktls is compatible [default: the --certfile]' -r -F
complete -c mothership -n "__fish_mothership_using_subcommand serve" -l uplinkkeyfile -d 'Private key (PEM) of --uplinkcertfile [default: the --keyfile]' -r -F
complete -c mothership -n "__fish_mothership_using_subcommand serve" -l uplinktls -d 'TLS of the uplink port: `compatible` adds the legacy suite real IncludeOS instances need (TLS_RSA_WITH_AES_256_CBC_SHA, no forward secrecy), `modern` refuses it [default: compatible]' -r -f -a "modern\t'TLS 1.2 and 1.3 with forward-secret suites only; real IncludeOS instances cannot dock'
compatible\t'The modern suites plus TLS_RSA_WITH_AES_256_CBC_SHA, the only suite real IncludeOS instances offer (no forward secrecy; needs an RSA certificate)'"
complete -c mothership -n "__fish_mothership_using_subcommand serve" -l clean -d 'Empty the runtime directory (images, instances, builds) before starting' -r -f -a "true\t''
false\t''"
complete -c mothership -n "__fish_mothership_using_subcommand serve" -l serverauth -d 'API authentication [default: basic]' -r -f -a "basic\t'HTTP basic auth against the htpasswd file'
none\t'No authentication (only behind something that authenticates for us)'"
complete -c mothership -n "__fish_mothership_using_subcommand serve" -l metricsauth -d 'Authentication of GET /metrics (Prometheus): `basic` like the API, or `none` for a scraper that cannot log in [default: basic]' -r -f -a "basic\t'HTTP basic auth against the htpasswd file'
none\t'No authentication (only behind something that authenticates for us)'"
complete -c mothership -n "__fish_mothership_using_subcommand serve" -l metricsreporter -d 'Also report the server\'s figures and every instance\'s STATS to InfluxDB (`influxdb`), batched; while it is unreachable points wait in a bounded buffer, the oldest dropped first [default: none]' -r -f -a "none\t'Nowhere (`GET /metrics` still serves them)'
influxdb\t'InfluxDB 1.x over its HTTP API (--influxdb-url, --influxdb-database, ...)'"
complete -c mothership -n "__fish_mothership_using_subcommand serve" -l influxdb-url -d 'InfluxDB (1.x HTTP API) to report to [default: http://localhost:8086]' -r
complete -c mothership -n "__fish_mothership_using_subcommand serve" -l influxdb-database -d 'InfluxDB database the points go to; it must exist [default: mothership]' -r
complete -c mothership -n "__fish_mothership_using_subcommand serve" -l influxdb-username -d 'InfluxDB user (basic auth) [default: none]' -r
complete -c mothership -n "__fish_mothership_using_subcommand serve" -l influxdb-password -d 'Password of --influxdb-username; better given as INFLUXDB_PASSWORD or in the config file than on the command line, where other users see it [default: none]' -r
complete -c mothership -n "__fish_mothership_using_subcommand serve" -l serverport -d 'Port of the HTTPS API [default: 8080]' -r
complete -c mothership -n "__fish_mothership_using_subcommand serve" -l uplinkport -d 'Port of the uplink hangar that instances dock to [default: 9090]' -r
complete -c mothership -n "__fish_mothership_using_subcommand serve" -l noservertls -d 'Serve the API over plain HTTP' -r -f -a "true\t''
false\t''"
complete -c mothership -n "__fish_mothership_using_subcommand serve" -l nouplinktls -d 'Serve the uplink over plain HTTP/WS' -r -f -a "true\t''
false\t''"
complete -c mothership -n "__fish_mothership_using_subcommand serve" -l verboselogging -d 'Log every request and debug details' -r -f -a "true\t''
false\t''"
complete -c mothership -n "__fish_mothership_using_subcommand serve" -l dockeroptions -d 'docker-run style options for build containers, e.g. "--privileged --memory 2g"' -r
complete -c mothership -n "__fish_mothership_using_subcommand serve" -l dockerhost -d 'Docker engine for builders: unix:///path or tcp://host:port [default: DOCKER_HOST, else unix:///var/run/docker.sock]' -r
complete -c mothership -n "__fish_mothership_using_subcommand serve" -l dockerhuburl -d 'Registry of the DockerHub bob provider [default: https://registry-1.docker.io]' -r
complete -c mothership -n "__fish_mothership_using_subcommand serve" -l dockerhubrepo -d 'Repository of the DockerHub bob provider [default: includeos/builder]' -r
complete -c mothership -n "__fish_mothership_using_subcommand serve" -l buildtimeout -d 'Seconds a build may take before it is stopped [default: 1800]' -r
complete -c mothership -n "__fish_mothership_using_subcommand serve" -l maxbuilds -d 'Builds running at once; more wait in a queue [default: 2]' -r
complete -c mothership -n "__fish_mothership_using_subcommand serve" -l config -d 'Config file [default: <config-dir>/config.yaml, if it exists]' -r -F
complete -c mothership -n "__fish_mothership_using_subcommand serve" -l config-dir -d 'Directory of config.yaml, .htpasswd, cert.pem and key.pem [default: config_files]' -r -F
complete -c mothership -n "__fish_mothership_using_subcommand serve" -l runtime-dir -d 'Directory of the state that survives restarts [default: runtime_files]' -r -F
complete -c mothership -n "__fish_mothership_using_subcommand serve" -l bind -d 'Address to listen on [default: 0.0.0.0]' -r
complete -c mothership -n "__fish_mothership_using_subcommand serve" -l htpasswd -d 'htpasswd file of the API users [default: <config-dir>/.htpasswd]' -r -F
complete -c mothership -n "__fish_mothership_using_subcommand serve" -l loginfailurelimit -d 'Failed logins one client address may make per minute (in a burst of as many) before it is answered 429 until its budget refills [default: 10]' -r
complete -c mothership -n "__fish_mothership_using_subcommand serve" -l loginqueue -d 'Password checks that may wait in each of the three lanes (addresses that logged in before, new ones, ones that failed lately); one more is answered 503 at once [default: 32]' -r
complete -c mothership -n "__fish_mothership_using_subcommand serve" -l sessionlifetime -d 'How long a web interface login lasts, e.g. 12h, 90m [default: 12h]' -r
complete -c mothership -n "__fish_mothership_using_subcommand serve" -l sessionlimit -d 'Web interface logins kept at once; a login past it ends the one closest to its expiry [default: 10000]' -r
complete -c mothership -n "__fish_mothership_using_subcommand serve" -l connectionsperaddress -d 'API connections served at once from one client address (an IPv6 /64); more are closed when accepted [default: 256]' -r
complete -c mothership -n "__fish_mothership_using_subcommand serve" -l imagesizelimit -d 'Largest image upload accepted, e.g. 268435456 or 512MiB [default: 256MiB]' -r
complete -c mothership -n "__fish_mothership_using_subcommand serve" -l uplinktoken -d 'Uplink token instances may authenticate with, at least 16 characters (repeat for several; the environment variable takes a comma-separated list)' -r
complete -c mothership -n "__fish_mothership_using_subcommand serve" -l instancelogsize -d 'Log kept per instance, in MiB (the newest is kept) [default: 10]' -r
complete -c mothership -n "__fish_mothership_using_subcommand serve" -l deploytimeout -d 'Time a deployed instance has to ack the image and dock again running it, e.g. 60, 90s, 2m [default: 60s]' -r
complete -c mothership -n "__fish_mothership_using_subcommand serve" -l bodytimeout -d 'A request body (an image upload, say) that sends nothing for this long is dropped with a 408, e.g. 30, 90s, 2m [default: 30s]' -r
complete -c mothership -n "__fish_mothership_using_subcommand serve" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mothership -n "__fish_mothership_using_subcommand serve" -s V -l version -d 'Print version'
complete -c mothership -n "__fish_mothership_using_subcommand init" -l fingerprint -d 'Expected SHA-256 fingerprint of the server certificate (hex, colons optional): pin it without asking' -r
complete -c mothership -n "__fish_mothership_using_subcommand init" -l host -d 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]' -r
complete -c mothership -n "__fish_mothership_using_subcommand init" -l username -d 'User name for basic auth' -r
complete -c mothership -n "__fish_mothership_using_subcommand init" -l password -d 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)' -r
complete -c mothership -n "__fish_mothership_using_subcommand init" -l cacert -d 'PEM file with the CA certificate (or the server\'s own) to trust' -r -F
complete -c mothership -n "__fish_mothership_using_subcommand init" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'JSON, for scripts'
yaml\t'YAML'
id\t'Only the IDs, one a line'"
complete -c mothership -n "__fish_mothership_using_subcommand init" -l password-stdin -d 'Read the password from standard input instead of prompting'
complete -c mothership -n "__fish_mothership_using_subcommand init" -s y -l yes -d 'Accept the server certificate without asking (prints the fingerprint it pinned)'
complete -c mothership -n "__fish_mothership_using_subcommand init" -l insecure -d 'Do not verify the server\'s TLS certificate (unsafe; `mothership init` pins it instead)'
complete -c mothership -n "__fish_mothership_using_subcommand init" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mothership -n "__fish_mothership_using_subcommand init" -s V -l version -d 'Print version'
complete -c mothership -n "__fish_mothership_using_subcommand info" -l host -d 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]' -r
complete -c mothership -n "__fish_mothership_using_subcommand info" -l username -d 'User name for basic auth' -r
complete -c mothership -n "__fish_mothership_using_subcommand info" -l password -d 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)' -r
complete -c mothership -n "__fish_mothership_using_subcommand info" -l cacert -d 'PEM file with the CA certificate (or the server\'s own) to trust' -r -F
complete -c mothership -n "__fish_mothership_using_subcommand info" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'JSON, for scripts'
yaml\t'YAML'
id\t'Only the IDs, one a line'"
complete -c mothership -n "__fish_mothership_using_subcommand info" -l insecure -d 'Do not verify the server\'s TLS certificate (unsafe; `mothership init` pins it instead)'
complete -c mothership -n "__fish_mothership_using_subcommand info" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mothership -n "__fish_mothership_using_subcommand info" -s V -l version -d 'Print version'
complete -c mothership -n "__fish_mothership_using_subcommand instances; and not __fish_seen_subcommand_from inspect logs panics stats alias describe auto-redeploy desired delete rm help" -s s -l search -d 'Only instances whose ID, alias, description, IPs, image, tag or devices contain this' -r
complete -c mothership -n "__fish_mothership_using_subcommand instances; and not __fish_seen_subcommand_from inspect logs panics stats alias describe auto-redeploy desired delete rm help" -l status -d 'Only instances with this status' -r -f -a "connected\t''
disconnected\t''
unknown\t''"
complete -c mothership -n "__fish_mothership_using_subcommand instances; and not __fish_seen_subcommand_from inspect logs panics stats alias describe auto-redeploy desired delete rm help" -l desired -d 'Only instances in this desired state (see `instances desired show`)' -r -f -a "in_sync\t''
updating\t''
failed\t''
not_managed\t''"
complete -c mothership -n "__fish_mothership_using_subcommand instances; and not __fish_seen_subcommand_from inspect logs panics stats alias describe auto-redeploy desired delete rm help" -l limit -d 'At most this many instances' -r
complete -c mothership -n "__fish_mothership_using_subcommand instances; and not __fish_seen_subcommand_from inspect logs panics stats alias describe auto-redeploy desired delete rm help" -l sort -d 'Sort key: first_seen, last_seen, connected_since, alias, status, id, tag, version (prefix - to reverse)' -r
complete -c mothership -n "__fish_mothership_using_subcommand instances; and not __fish_seen_subcommand_from inspect logs panics stats alias describe auto-redeploy desired delete rm help" -l host -d 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]' -r
complete -c mothership -n "__fish_mothership_using_subcommand instances; and not __fish_seen_subcommand_from inspect logs panics stats alias describe auto-redeploy desired delete rm help" -l username -d 'User name for basic auth' -r
complete -c mothership -n "__fish_mothership_using_subcommand instances; and not __fish_seen_subcommand_from inspect logs panics stats alias describe auto-redeploy desired delete rm help" -l password -d 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)' -r
complete -c mothership -n "__fish_mothership_using_subcommand instances; and not __fish_seen_subcommand_from inspect logs panics stats alias describe auto-redeploy desired delete rm help" -l cacert -d 'PEM file with the CA certificate (or the server\'s own) to trust' -r -F
complete -c mothership -n "__fish_mothership_using_subcommand instances; and not __fish_seen_subcommand_from inspect logs panics stats alias describe auto-redeploy desired delete rm help" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'JSON, for scripts'
yaml\t'YAML'
id\t'Only the IDs, one a line'"
complete -c mothership -n "__fish_mothership_using_subcommand instances; and not __fish_seen_subcommand_from inspect logs panics stats alias describe auto-redeploy desired delete rm help" -l insecure -d 'Do not verify the server\'s TLS certificate (unsafe; `mothership init` pins it instead)'
complete -c mothership -n "__fish_mothership_using_subcommand instances; and not __fish_seen_subcommand_from inspect logs panics stats alias describe auto-redeploy desired delete rm help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mothership -n "__fish_mothership_using_subcommand instances; and not __fish_seen_subcommand_from inspect logs panics stats alias describe auto-redeploy desired delete rm help" -s V -l version -d 'Print version'
complete -c mothership -n "__fish_mothership_using_subcommand instances; and not __fish_seen_subcommand_from inspect logs panics stats alias describe auto-redeploy desired delete rm help" -f -a "inspect" -d 'Show everything known about an instance'
complete -c mothership -n "__fish_mothership_using_subcommand instances; and not __fish_seen_subcommand_from inspect logs panics stats alias describe auto-redeploy desired delete rm help" -f -a "logs" -d 'Print an instance\'s log'
complete -c mothership -n "__fish_mothership_using_subcommand instances; and not __fish_seen_subcommand_from inspect logs panics stats alias describe auto-redeploy desired delete rm help" -f -a "panics" -d 'Print the panics an instance reported'
complete -c mothership -n "__fish_mothership_using_subcommand instances; and not __fish_seen_subcommand_from inspect logs panics stats alias describe auto-redeploy desired delete rm help" -f -a "stats" -d 'Print an instance\'s stats (fresh from the instance when it is docked)'
complete -c mothership -n "__fish_mothership_using_subcommand instances; and not __fish_seen_subcommand_from inspect logs panics stats alias describe auto-redeploy desired delete rm help" -f -a "alias" -d 'Give an instance an alias (usable as its ID); an empty NAME removes it'
complete -c mothership -n "__fish_mothership_using_subcommand instances; and not __fish_seen_subcommand_from inspect logs panics stats alias describe auto-redeploy desired delete rm help" -f -a "describe" -d 'Set an instance\'s description; an empty TEXT removes it'
complete -c mothership -n "__fish_mothership_using_subcommand instances; and not __fish_seen_subcommand_from inspect logs panics stats alias describe auto-redeploy desired delete rm help" -f -a "auto-redeploy" -d 'Turn "automatically redeploy last image" on or off: when the instance docks running another binary than the image last deployed to it, that image is deployed again'
complete -c mothership -n "__fish_mothership_using_subcommand instances; and not __fish_seen_subcommand_from inspect logs panics stats alias describe auto-redeploy desired delete rm help" -f -a "desired" -d 'The image instances should run (desired state): Mothership keeps them converging on it'
complete -c mothership -n "__fish_mothership_using_subcommand instances; and not __fish_seen_subcommand_from inspect logs panics stats alias describe auto-redeploy desired delete rm help" -f -a "delete" -d 'Forget instances (with their logs, panics and stats)'
complete -c mothership -n "__fish_mothership_using_subcommand instances; and not __fish_seen_subcommand_from inspect logs panics stats alias describe auto-redeploy desired delete rm help" -f -a "rm" -d 'Forget instances (with their logs, panics and stats)'
complete -c mothership -n "__fish_mothership_using_subcommand instances; and not __fish_seen_subcommand_from inspect logs panics stats alias describe auto-redeploy desired delete rm help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mothership -n "__fish_mothership_using_subcommand instances; and __fish_seen_subcommand_from inspect" -l host -d 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]' -r
complete -c mothership -n "__fish_mothership_using_subcommand instances; and __fish_seen_subcommand_from inspect" -l username -d 'User name for basic auth' -r
complete -c mothership -n "__fish_mothership_using_subcommand instances; and __fish_seen_subcommand_from inspect" -l password -d 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)' -r
complete -c mothership -n "__fish_mothership_using_subcommand instances; and __fish_seen_subcommand_from inspect" -l cacert -d 'PEM file with the CA certificate (or the server\'s own) to trust' -r -F
complete -c mothership -n "__fish_mothership_using_subcommand instances; and __fish_seen_subcommand_from inspect" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'JSON, for scripts'
yaml\t'YAML'
id\t'Only the IDs, one a line'"
complete -c mothership -n "__fish_mothership_using_subcommand instances; and __fish_seen_subcommand_from inspect" -l insecure -d 'Do not verify the server\'s TLS certificate (unsafe; `mothership init` pins it instead)'
complete -c mothership -n "__fish_mothership_using_subcommand instances; and __fish_seen_subcommand_from inspect" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mothership -n "__fish_mothership_using_subcommand instances; and __fish_seen_subcommand_from inspect" -s V -l version -d 'Print version'
complete -c mothership -n "__fish_mothership_using_subcommand instances; and __fish_seen_subcommand_from logs" -s n -l lines -d 'Only the last N lines' -r
complete -c mothership -n "__fish_mothership_using_subcommand instances; and __fish_seen_subcommand_from logs" -l host -d 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]' -r
complete -c mothership -n "__fish_mothership_using_subcommand instances; and __fish_seen_subcommand_from logs" -l username -d 'User name for basic auth' -r
complete -c mothership -n "__fish_mothership_using_subcommand instances; and __fish_seen_subcommand_from logs" -l password -d 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)' -r
complete -c mothership -n "__fish_mothership_using_subcommand instances; and __fish_seen_subcommand_from logs" -l cacert -d 'PEM file with the CA certificate (or the server\'s own) to trust' -r -F
complete -c mothership -n "__fish_mothership_using_subcommand instances; and __fish_seen_subcommand_from logs" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'JSON, for scripts'
yaml\t'YAML'
id\t'Only the IDs, one a line'"
complete -c mothership -n "__fish_mothership_using_subcommand instances; and __fish_seen_subcommand_from logs" -s f -l follow -d 'Keep printing new log as it arrives'
complete -c mothership -n "__fish_mothership_using_subcommand instances; and __fish_seen_subcommand_from logs" -l insecure -d 'Do not verify the server\'s TLS certificate (unsafe; `mothership init` pins it instead)'
complete -c mothership -n "__fish_mothership_using_subcommand instances; and __fish_seen_subcommand_from logs" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mothership -n "__fish_mothership_using_subcommand instances; and __fish_seen_subcommand_from logs" -s V -l version -d 'Print version'
complete -c mothership -n "__fish_mothership_using_subcommand instances; and __fish_seen_subcommand_from panics" -l host -d 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]' -r
complete -c mothership -n "__fish_mothership_using_subcommand instances; and __fish_seen_subcommand_from panics" -l username -d 'User name for basic auth' -r
complete -c mothership -n "__fish_mothership_using_subcommand instances; and __fish_seen_subcommand_from panics" -l password -d 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)' -r
complete -c mothership -n "__fish_mothership_using_subcommand instances; and __fish_seen_subcommand_from panics" -l cacert -d 'PEM file with the CA certificate (or the server\'s own) to trust' -r -F
complete -c mothership -n "__fish_mothership_using_subcommand instances; and __fish_seen_subcommand_from panics" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'JSON, for scripts'
yaml\t'YAML'
id\t'Only the IDs, one a line'"
complete -c mothership -n "__fish_mothership_using_subcommand instances; and __fish_seen_subcommand_from panics" -l insecure -d 'Do not verify the server\'s TLS certificate (unsafe; `mothership init` pins it instead)'
complete -c mothership -n "__fish_mothership_using_subcommand instances; and __fish_seen_subcommand_from panics" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mothership -n "__fish_mothership_using_subcommand instances; and __fish_seen_subcommand_from panics" -s V -l version -d 'Print version'
complete -c mothership -n "__fish_mothership_using_subcommand instances; and __fish_seen_subcommand_from stats" -l host -d 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]' -r
complete -c mothership -n "__fish_mothership_using_subcommand instances; and __fish_seen_subcommand_from stats" -l username -d 'User name for basic auth' -r
complete -c mothership -n "__fish_mothership_using_subcommand instances; and __fish_seen_subcommand_from stats" -l password -d 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)' -r
complete -c mothership -n "__fish_mothership_using_subcommand instances; and __fish_seen_subcommand_from stats" -l cacert -d 'PEM file with the CA certificate (or the server\'s own) to trust' -r -F
complete -c mothership -n "__fish_mothership_using_subcommand instances; and __fish_seen_subcommand_from stats" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'JSON, for scripts'
yaml\t'YAML'
id\t'Only the IDs, one a line'"
complete -c mothership -n "__fish_mothership_using_subcommand instances; and __fish_seen_subcommand_from stats" -l stored -d 'Show the stored stats without asking the instance'
complete -c mothership -n "__fish_mothership_using_subcommand instances; and __fish_seen_subcommand_from stats" -l insecure -d 'Do not verify the server\'s TLS certificate (unsafe; `mothership init` pins it instead)'
complete -c mothership -n "__fish_mothership_using_subcommand instances; and __fish_seen_subcommand_from stats" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mothership -n "__fish_mothership_using_subcommand instances; and __fish_seen_subcommand_from stats" -s V -l version -d 'Print version'
complete -c mothership -n "__fish_mothership_using_subcommand instances; and __fish_seen_subcommand_from alias" -l host -d 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]' -r
complete -c mothership -n "__fish_mothership_using_subcommand instances; and __fish_seen_subcommand_from alias" -l username -d 'User name for basic auth' -r
complete -c mothership -n "__fish_mothership_using_subcommand instances; and __fish_seen_subcommand_from alias" -l password -d 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)' -r
complete -c mothership -n "__fish_mothership_using_subcommand instances; and __fish_seen_subcommand_from alias" -l cacert -d 'PEM file with the CA certificate (or the server\'s own) to trust' -r -F
complete -c mothership -n "__fish_mothership_using_subcommand instances; and __fish_seen_subcommand_from alias" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'JSON, for scripts'
yaml\t'YAML'
id\t'Only the IDs, one a line'"
complete -c mothership -n "__fish_mothership_using_subcommand instances; and __fish_seen_subcommand_from alias" -l insecure -d 'Do not verify the server\'s TLS certificate (unsafe; `mothership init` pins it instead)'
complete -c mothership -n "__fish_mothership_using_subcommand instances; and __fish_seen_subcommand_from alias" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mothership -n "__fish_mothership_using_subcommand instances; and __fish_seen_subcommand_from alias" -s V -l version -d 'Print version'
complete -c mothership -n "__fish_mothership_using_subcommand instances; and __fish_seen_subcommand_from describe" -l host -d 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]' -r
complete -c mothership -n "__fish_mothership_using_subcommand instances; and __fish_seen_subcommand_from describe" -l username -d 'User name for basic auth' -r
complete -c mothership -n "__fish_mothership_using_subcommand instances; and __fish_seen_subcommand_from describe" -l password -d 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)' -r
complete -c mothership -n "__fish_mothership_using_subcommand instances; and __fish_seen_subcommand_from describe" -l cacert -d 'PEM file with the CA certificate (or the server\'s own) to trust' -r -F
complete -c mothership -n "__fish_mothership_using_subcommand instances; and __fish_seen_subcommand_from describe" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'JSON, for scripts'
yaml\t'YAML'
id\t'Only the IDs, one a line'"
complete -c mothership -n "__fish_mothership_using_subcommand instances; and __fish_seen_subcommand_from describe" -l insecure -d 'Do not verify the server\'s TLS certificate (unsafe; `mothership init` pins it instead)'
complete -c mothership -n "__fish_mothership_using_subcommand instances; and __fish_seen_subcommand_from describe" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mothership -n "__fish_mothership_using_subcommand instances; and __fish_seen_subcommand_from describe" -s V -l version -d 'Print version'
complete -c mothership -n "__fish_mothership_using_subcommand instances; and __fish_seen_subcommand_from auto-redeploy" -l host -d 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]' -r
complete -c mothership -n "__fish_mothership_using_subcommand instances; and __fish_seen_subcommand_from auto-redeploy" -l username -d 'User name for basic auth' -r
complete -c mothership -n "__fish_mothership_using_subcommand instances; and __fish_seen_subcommand_from auto-redeploy" -l password -d 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)' -r
complete -c mothership -n "__fish_mothership_using_subcommand instances; and __fish_seen_subcommand_from auto-redeploy" -l cacert -d 'PEM file with the CA certificate (or the server\'s own) to trust' -r -F
complete -c mothership -n "__fish_mothership_using_subcommand instances; and __fish_seen_subcommand_from auto-redeploy" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'JSON, for scripts'
yaml\t'YAML'
id\t'Only the IDs, one a line'"
complete -c mothership -n "__fish_mothership_using_subcommand instances; and __fish_seen_subcommand_from auto-redeploy" -l insecure -d 'Do not verify the server\'s TLS certificate (unsafe; `mothership init` pins it instead)'
complete -c mothership -n "__fish_mothership_using_subcommand instances; and __fish_seen_subcommand_from auto-redeploy" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mothership -n "__fish_mothership_using_subcommand instances; and __fish_seen_subcommand_from auto-redeploy" -s V -l version -d 'Print version'
complete -c mothership -n "__fish_mothership_using_subcommand instances; and __fish_seen_subcommand_from desired" -l host -d 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]' -r
complete -c mothership -n "__fish_mothership_using_subcommand instances; and __fish_seen_subcommand_from desired" -l username -d 'User name for basic auth' -r
complete -c mothership -n "__fish_mothership_using_subcommand instances; and __fish_seen_subcommand_from desired" -l password -d 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)' -r
complete -c mothership -n "__fish_mothership_using_subcommand instances; and __fish_seen_subcommand_from desired" -l cacert -d 'PEM file with the CA certificate (or the server\'s own) to trust' -r -F
complete -c mothership -n "__fish_mothership_using_subcommand instances; and __fish_seen_subcommand_from desired" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'JSON, for scripts'
yaml\t'YAML'
id\t'Only the IDs, one a line'"
complete -c mothership -n "__fish_mothership_using_subcommand instances; and __fish_seen_subcommand_from desired" -l insecure -d 'Do not verify the server\'s TLS certificate (unsafe; `mothership init` pins it instead)'
complete -c mothership -n "__fish_mothership_using_subcommand instances; and __fish_seen_subcommand_from desired" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mothership -n "__fish_mothership_using_subcommand instances; and __fish_seen_subcommand_from desired" -s V -l version -d 'Print version'
complete -c mothership -n "__fish_mothership_using_subcommand instances; and __fish_seen_subcommand_from desired" -f -a "show" -d 'Show an instance\'s desired image and whether it is in sync, updating, failed (why) or not managed'
complete -c mothership -n "__fish_mothership_using_subcommand instances; and __fish_seen_subcommand_from desired" -f -a "set" -d 'Give instances a desired image: those running another binary are updated now if connected, and whenever they dock running another, a bounded number of times'
complete -c mothership -n "__fish_mothership_using_subcommand instances; and __fish_seen_subcommand_from desired" -f -a "clear" -d 'Remove instances\' desired image (nothing is deployed; they are no longer managed)'
complete -c mothership -n "__fish_mothership_using_subcommand instances; and __fish_seen_subcommand_from desired" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mothership -n "__fish_mothership_using_subcommand instances; and __fish_seen_subcommand_from delete" -l host -d 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]' -r
complete -c mothership -n "__fish_mothership_using_subcommand instances; and __fish_seen_subcommand_from delete" -l username -d 'User name for basic auth' -r
complete -c mothership -n "__fish_mothership_using_subcommand instances; and __fish_seen_subcommand_from delete" -l password -d 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)' -r
complete -c mothership -n "__fish_mothership_using_subcommand instances; and __fish_seen_subcommand_from delete" -l cacert -d 'PEM file with the CA certificate (or the server\'s own) to trust' -r -F
complete -c mothership -n "__fish_mothership_using_subcommand instances; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'JSON, for scripts'
yaml\t'YAML'
id\t'Only the IDs, one a line'"
complete -c mothership -n "__fish_mothership_using_subcommand instances; and __fish_seen_subcommand_from delete" -l force -d 'Delete connected instances too (they are disconnected and will dock again)'
complete -c mothership -n "__fish_mothership_using_subcommand instances; and __fish_seen_subcommand_from delete" -l insecure -d 'Do not verify the server\'s TLS certificate (unsafe; `mothership init` pins it instead)'
complete -c mothership -n "__fish_mothership_using_subcommand instances; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mothership -n "__fish_mothership_using_subcommand instances; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c mothership -n "__fish_mothership_using_subcommand instances; and __fish_seen_subcommand_from rm" -l host -d 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]' -r
complete -c mothership -n "__fish_mothership_using_subcommand instances; and __fish_seen_subcommand_from rm" -l username -d 'User name for basic auth' -r
complete -c mothership -n "__fish_mothership_using_subcommand instances; and __fish_seen_subcommand_from rm" -l password -d 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)' -r
complete -c mothership -n "__fish_mothership_using_subcommand instances; and __fish_seen_subcommand_from rm" -l cacert -d 'PEM file with the CA certificate (or the server\'s own) to trust' -r -F
complete -c mothership -n "__fish_mothership_using_subcommand instances; and __fish_seen_subcommand_from rm" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'JSON, for scripts'
yaml\t'YAML'
id\t'Only the IDs, one a line'"
complete -c mothership -n "__fish_mothership_using_subcommand instances; and __fish_seen_subcommand_from rm" -l force -d 'Delete connected instances too (they are disconnected and will dock again)'
complete -c mothership -n "__fish_mothership_using_subcommand instances; and __fish_seen_subcommand_from rm" -l insecure -d 'Do not verify the server\'s TLS certificate (unsafe; `mothership init` pins it instead)'
complete -c mothership -n "__fish_mothership_using_subcommand instances; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mothership -n "__fish_mothership_using_subcommand instances; and __fish_seen_subcommand_from rm" -s V -l version -d 'Print version'
complete -c mothership -n "__fish_mothership_using_subcommand instances; and __fish_seen_subcommand_from help" -f -a "inspect" -d 'Show everything known about an instance'
complete -c mothership -n "__fish_mothership_using_subcommand instances; and __fish_seen_subcommand_from help" -f -a "logs" -d 'Print an instance\'s log'
complete -c mothership -n "__fish_mothership_using_subcommand instances; and __fish_seen_subcommand_from help" -f -a "panics" -d 'Print the panics an instance reported'
complete -c mothership -n "__fish_mothership_using_subcommand instances; and __fish_seen_subcommand_from help" -f -a "stats" -d 'Print an instance\'s stats (fresh from the instance when it is docked)'
complete -c mothership -n "__fish_mothership_using_subcommand instances; and __fish_seen_subcommand_from help" -f -a "alias" -d 'Give an instance an alias (usable as its ID); an empty NAME removes it'
complete -c mothership -n "__fish_mothership_using_subcommand instances; and __fish_seen_subcommand_from help" -f -a "describe" -d 'Set an instance\'s description; an empty TEXT removes it'
complete -c mothership -n "__fish_mothership_using_subcommand instances; and __fish_seen_subcommand_from help" -f -a "auto-redeploy" -d 'Turn "automatically redeploy last image" on or off: when the instance docks running another binary than the image last deployed to it, that image is deployed again'
complete -c mothership -n "__fish_mothership_using_subcommand instances; and __fish_seen_subcommand_from help" -f -a "desired" -d 'The image instances should run (desired state): Mothership keeps them converging on it'
complete -c mothership -n "__fish_mothership_using_subcommand instances; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Forget instances (with their logs, panics and stats)'
complete -c mothership -n "__fish_mothership_using_subcommand instances; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mothership -n "__fish_mothership_using_subcommand instance; and not __fish_seen_subcommand_from inspect logs panics stats alias describe auto-redeploy desired delete rm help" -s s -l search -d 'Only instances whose ID, alias, description, IPs, image, tag or devices contain this' -r
complete -c mothership -n "__fish_mothership_using_subcommand instance; and not __fish_seen_subcommand_from inspect logs panics stats alias describe auto-redeploy desired delete rm help" -l status -d 'Only instances with this status' -r -f -a "connected\t''
disconnected\t''
unknown\t''"
complete -c mothership -n "__fish_mothership_using_subcommand instance; and not __fish_seen_subcommand_from inspect logs panics stats alias describe auto-redeploy desired delete rm help" -l desired -d 'Only instances in this desired state (see `instances desired show`)' -r -f -a "in_sync\t''
updating\t''
failed\t''
not_managed\t''"
complete -c mothership -n "__fish_mothership_using_subcommand instance; and not __fish_seen_subcommand_from inspect logs panics stats alias describe auto-redeploy desired delete rm help" -l limit -d 'At most this many instances' -r
complete -c mothership -n "__fish_mothership_using_subcommand instance; and not __fish_seen_subcommand_from inspect logs panics stats alias describe auto-redeploy desired delete rm help" -l sort -d 'Sort key: first_seen, last_seen, connected_since, alias, status, id, tag, version (prefix - to reverse)' -r
complete -c mothership -n "__fish_mothership_using_subcommand instance; and not __fish_seen_subcommand_from inspect logs panics stats alias describe auto-redeploy desired delete rm help" -l host -d 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]' -r
complete -c mothership -n "__fish_mothership_using_subcommand instance; and not __fish_seen_subcommand_from inspect logs panics stats alias describe auto-redeploy desired delete rm help" -l username -d 'User name for basic auth' -r
complete -c mothership -n "__fish_mothership_using_subcommand instance; and not __fish_seen_subcommand_from inspect logs panics stats alias describe auto-redeploy desired delete rm help" -l password -d 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)' -r
complete -c mothership -n "__fish_mothership_using_subcommand instance; and not __fish_seen_subcommand_from inspect logs panics stats alias describe auto-redeploy desired delete rm help" -l cacert -d 'PEM file with the CA certificate (or the server\'s own) to trust' -r -F
complete -c mothership -n "__fish_mothership_using_subcommand instance; and not __fish_seen_subcommand_from inspect logs panics stats alias describe auto-redeploy desired delete rm help" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'JSON, for scripts'
yaml\t'YAML'
id\t'Only the IDs, one a line'"
complete -c mothership -n "__fish_mothership_using_subcommand instance; and not __fish_seen_subcommand_from inspect logs panics stats alias describe auto-redeploy desired delete rm help" -l insecure -d 'Do not verify the server\'s TLS certificate (unsafe; `mothership init` pins it instead)'
complete -c mothership -n "__fish_mothership_using_subcommand instance; and not __fish_seen_subcommand_from inspect logs panics stats alias describe auto-redeploy desired delete rm help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mothership -n "__fish_mothership_using_subcommand instance; and not __fish_seen_subcommand_from inspect logs panics stats alias describe auto-redeploy desired delete rm help" -s V -l version -d 'Print version'
complete -c mothership -n "__fish_mothership_using_subcommand instance; and not __fish_seen_subcommand_from inspect logs panics stats alias describe auto-redeploy desired delete rm help" -f -a "inspect" -d 'Show everything known about an instance'
complete -c mothership -n "__fish_mothership_using_subcommand instance; and not __fish_seen_subcommand_from inspect logs panics stats alias describe auto-redeploy desired delete rm help" -f -a "logs" -d 'Print an instance\'s log'
complete -c mothership -n "__fish_mothership_using_subcommand instance; and not __fish_seen_subcommand_from inspect logs panics stats alias describe auto-redeploy desired delete rm help" -f -a "panics" -d 'Print the panics an instance reported'
complete -c mothership -n "__fish_mothership_using_subcommand instance; and not __fish_seen_subcommand_from inspect logs panics stats alias describe auto-redeploy desired delete rm help" -f -a "stats" -d 'Print an instance\'s stats (fresh from the instance when it is docked)'
complete -c mothership -n "__fish_mothership_using_subcommand instance; and not __fish_seen_subcommand_from inspect logs panics stats alias describe auto-redeploy desired delete rm help" -f -a "alias" -d 'Give an instance an alias (usable as its ID); an empty NAME removes it'
complete -c mothership -n "__fish_mothership_using_subcommand instance; and not __fish_seen_subcommand_from inspect logs panics stats alias describe auto-redeploy desired delete rm help" -f -a "describe" -d 'Set an instance\'s description; an empty TEXT removes it'
complete -c mothership -n "__fish_mothership_using_subcommand instance; and not __fish_seen_subcommand_from inspect logs panics stats alias describe auto-redeploy desired delete rm help" -f -a "auto-redeploy" -d 'Turn "automatically redeploy last image" on or off: when the instance docks running another binary than the image last deployed to it, that image is deployed again'
complete -c mothership -n "__fish_mothership_using_subcommand instance; and not __fish_seen_subcommand_from inspect logs panics stats alias describe auto-redeploy desired delete rm help" -f -a "desired" -d 'The image instances should run (desired state): Mothership keeps them converging on it'
complete -c mothership -n "__fish_mothership_using_subcommand instance; and not __fish_seen_subcommand_from inspect logs panics stats alias describe auto-redeploy desired delete rm help" -f -a "delete" -d 'Forget instances (with their logs, panics and stats)'
complete -c mothership -n "__fish_mothership_using_subcommand instance; and not __fish_seen_subcommand_from inspect logs panics stats alias describe auto-redeploy desired delete rm help" -f -a "rm" -d 'Forget instances (with their logs, panics and stats)'
complete -c mothership -n "__fish_mothership_using_subcommand instance; and not __fish_seen_subcommand_from inspect logs panics stats alias describe auto-redeploy desired delete rm help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mothership -n "__fish_mothership_using_subcommand instance; and __fish_seen_subcommand_from inspect" -l host -d 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]' -r
complete -c mothership -n "__fish_mothership_using_subcommand instance; and __fish_seen_subcommand_from inspect" -l username -d 'User name for basic auth' -r
complete -c mothership -n "__fish_mothership_using_subcommand instance; and __fish_seen_subcommand_from inspect" -l password -d 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)' -r
complete -c mothership -n "__fish_mothership_using_subcommand instance; and __fish_seen_subcommand_from inspect" -l cacert -d 'PEM file with the CA certificate (or the server\'s own) to trust' -r -F
complete -c mothership -n "__fish_mothership_using_subcommand instance; and __fish_seen_subcommand_from inspect" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'JSON, for scripts'
yaml\t'YAML'
id\t'Only the IDs, one a line'"
complete -c mothership -n "__fish_mothership_using_subcommand instance; and __fish_seen_subcommand_from inspect" -l insecure -d 'Do not verify the server\'s TLS certificate (unsafe; `mothership init` pins it instead)'
complete -c mothership -n "__fish_mothership_using_subcommand instance; and __fish_seen_subcommand_from inspect" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mothership -n "__fish_mothership_using_subcommand instance; and __fish_seen_subcommand_from inspect" -s V -l version -d 'Print version'
complete -c mothership -n "__fish_mothership_using_subcommand instance; and __fish_seen_subcommand_from logs" -s n -l lines -d 'Only the last N lines' -r
complete -c mothership -n "__fish_mothership_using_subcommand instance; and __fish_seen_subcommand_from logs" -l host -d 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]' -r
complete -c mothership -n "__fish_mothership_using_subcommand instance; and __fish_seen_subcommand_from logs" -l username -d 'User name for basic auth' -r
complete -c mothership -n "__fish_mothership_using_subcommand instance; and __fish_seen_subcommand_from logs" -l password -d 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)' -r
complete -c mothership -n "__fish_mothership_using_subcommand instance; and __fish_seen_subcommand_from logs" -l cacert -d 'PEM file with the CA certificate (or the server\'s own) to trust' -r -F
complete -c mothership -n "__fish_mothership_using_subcommand instance; and __fish_seen_subcommand_from logs" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'JSON, for scripts'
yaml\t'YAML'
id\t'Only the IDs, one a line'"
complete -c mothership -n "__fish_mothership_using_subcommand instance; and __fish_seen_subcommand_from logs" -s f -l follow -d 'Keep printing new log as it arrives'
complete -c mothership -n "__fish_mothership_using_subcommand instance; and __fish_seen_subcommand_from logs" -l insecure -d 'Do not verify the server\'s TLS certificate (unsafe; `mothership init` pins it instead)'
complete -c mothership -n "__fish_mothership_using_subcommand instance; and __fish_seen_subcommand_from logs" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mothership -n "__fish_mothership_using_subcommand instance; and __fish_seen_subcommand_from logs" -s V -l version -d 'Print version'
complete -c mothership -n "__fish_mothership_using_subcommand instance; and __fish_seen_subcommand_from panics" -l host -d 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]' -r
complete -c mothership -n "__fish_mothership_using_subcommand instance; and __fish_seen_subcommand_from panics" -l username -d 'User name for basic auth' -r
complete -c mothership -n "__fish_mothership_using_subcommand instance; and __fish_seen_subcommand_from panics" -l password -d 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)' -r
complete -c mothership -n "__fish_mothership_using_subcommand instance; and __fish_seen_subcommand_from panics" -l cacert -d 'PEM file with the CA certificate (or the server\'s own) to trust' -r -F
complete -c mothership -n "__fish_mothership_using_subcommand instance; and __fish_seen_subcommand_from panics" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'JSON, for scripts'
yaml\t'YAML'
id\t'Only the IDs, one a line'"
complete -c mothership -n "__fish_mothership_using_subcommand instance; and __fish_seen_subcommand_from panics" -l insecure -d 'Do not verify the server\'s TLS certificate (unsafe; `mothership init` pins it instead)'
complete -c mothership -n "__fish_mothership_using_subcommand instance; and __fish_seen_subcommand_from panics" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mothership -n "__fish_mothership_using_subcommand instance; and __fish_seen_subcommand_from panics" -s V -l version -d 'Print version'
complete -c mothership -n "__fish_mothership_using_subcommand instance; and __fish_seen_subcommand_from stats" -l host -d 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]' -r
complete -c mothership -n "__fish_mothership_using_subcommand instance; and __fish_seen_subcommand_from stats" -l username -d 'User name for basic auth' -r
complete -c mothership -n "__fish_mothership_using_subcommand instance; and __fish_seen_subcommand_from stats" -l password -d 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)' -r
complete -c mothership -n "__fish_mothership_using_subcommand instance; and __fish_seen_subcommand_from stats" -l cacert -d 'PEM file with the CA certificate (or the server\'s own) to trust' -r -F
complete -c mothership -n "__fish_mothership_using_subcommand instance; and __fish_seen_subcommand_from stats" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'JSON, for scripts'
yaml\t'YAML'
id\t'Only the IDs, one a line'"
complete -c mothership -n "__fish_mothership_using_subcommand instance; and __fish_seen_subcommand_from stats" -l stored -d 'Show the stored stats without asking the instance'
complete -c mothership -n "__fish_mothership_using_subcommand instance; and __fish_seen_subcommand_from stats" -l insecure -d 'Do not verify the server\'s TLS certificate (unsafe; `mothership init` pins it instead)'
complete -c mothership -n "__fish_mothership_using_subcommand instance; and __fish_seen_subcommand_from stats" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mothership -n "__fish_mothership_using_subcommand instance; and __fish_seen_subcommand_from stats" -s V -l version -d 'Print version'
complete -c mothership -n "__fish_mothership_using_subcommand instance; and __fish_seen_subcommand_from alias" -l host -d 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]' -r
complete -c mothership -n "__fish_mothership_using_subcommand instance; and __fish_seen_subcommand_from alias" -l username -d 'User name for basic auth' -r
complete -c mothership -n "__fish_mothership_using_subcommand instance; and __fish_seen_subcommand_from alias" -l password -d 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)' -r
complete -c mothership -n "__fish_mothership_using_subcommand instance; and __fish_seen_subcommand_from alias" -l cacert -d 'PEM file with the CA certificate (or the server\'s own) to trust' -r -F
complete -c mothership -n "__fish_mothership_using_subcommand instance; and __fish_seen_subcommand_from alias" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'JSON, for scripts'
yaml\t'YAML'
id\t'Only the IDs, one a line'"
complete -c mothership -n "__fish_mothership_using_subcommand instance; and __fish_seen_subcommand_from alias" -l insecure -d 'Do not verify the server\'s TLS certificate (unsafe; `mothership init` pins it instead)'
complete -c mothership -n "__fish_mothership_using_subcommand instance; and __fish_seen_subcommand_from alias" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mothership -n "__fish_mothership_using_subcommand instance; and __fish_seen_subcommand_from alias" -s V -l version -d 'Print version'
complete -c mothership -n "__fish_mothership_using_subcommand instance; and __fish_seen_subcommand_from describe" -l host -d 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]' -r
complete -c mothership -n "__fish_mothership_using_subcommand instance; and __fish_seen_subcommand_from describe" -l username -d 'User name for basic auth' -r
complete -c mothership -n "__fish_mothership_using_subcommand instance; and __fish_seen_subcommand_from describe" -l password -d 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)' -r
complete -c mothership -n "__fish_mothership_using_subcommand instance; and __fish_seen_subcommand_from describe" -l cacert -d 'PEM file with the CA certificate (or the server\'s own) to trust' -r -F
complete -c mothership -n "__fish_mothership_using_subcommand instance; and __fish_seen_subcommand_from describe" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'JSON, for scripts'
yaml\t'YAML'
id\t'Only the IDs, one a line'"
complete -c mothership -n "__fish_mothership_using_subcommand instance; and __fish_seen_subcommand_from describe" -l insecure -d 'Do not verify the server\'s TLS certificate (unsafe; `mothership init` pins it instead)'
complete -c mothership -n "__fish_mothership_using_subcommand instance; and __fish_seen_subcommand_from describe" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mothership -n "__fish_mothership_using_subcommand instance; and __fish_seen_subcommand_from describe" -s V -l version -d 'Print version'
complete -c mothership -n "__fish_mothership_using_subcommand instance; and __fish_seen_subcommand_from auto-redeploy" -l host -d 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]' -r
complete -c mothership -n "__fish_mothership_using_subcommand instance; and __fish_seen_subcommand_from auto-redeploy" -l username -d 'User name for basic auth' -r
complete -c mothership -n "__fish_mothership_using_subcommand instance; and __fish_seen_subcommand_from auto-redeploy" -l password -d 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)' -r
complete -c mothership -n "__fish_mothership_using_subcommand instance; and __fish_seen_subcommand_from auto-redeploy" -l cacert -d 'PEM file with the CA certificate (or the server\'s own) to trust' -r -F
complete -c mothership -n "__fish_mothership_using_subcommand instance; and __fish_seen_subcommand_from auto-redeploy" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'JSON, for scripts'
yaml\t'YAML'
id\t'Only the IDs, one a line'"
complete -c mothership -n "__fish_mothership_using_subcommand instance; and __fish_seen_subcommand_from auto-redeploy" -l insecure -d 'Do not verify the server\'s TLS certificate (unsafe; `mothership init` pins it instead)'
complete -c mothership -n "__fish_mothership_using_subcommand instance; and __fish_seen_subcommand_from auto-redeploy" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mothership -n "__fish_mothership_using_subcommand instance; and __fish_seen_subcommand_from auto-redeploy" -s V -l version -d 'Print version'
complete -c mothership -n "__fish_mothership_using_subcommand instance; and __fish_seen_subcommand_from desired" -l host -d 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]' -r
complete -c mothership -n "__fish_mothership_using_subcommand instance; and __fish_seen_subcommand_from desired" -l username -d 'User name for basic auth' -r
complete -c mothership -n "__fish_mothership_using_subcommand instance; and __fish_seen_subcommand_from desired" -l password -d 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)' -r
complete -c mothership -n "__fish_mothership_using_subcommand instance; and __fish_seen_subcommand_from desired" -l cacert -d 'PEM file with the CA certificate (or the server\'s own) to trust' -r -F
complete -c mothership -n "__fish_mothership_using_subcommand instance; and __fish_seen_subcommand_from desired" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'JSON, for scripts'
yaml\t'YAML'
id\t'Only the IDs, one a line'"
complete -c mothership -n "__fish_mothership_using_subcommand instance; and __fish_seen_subcommand_from desired" -l insecure -d 'Do not verify the server\'s TLS certificate (unsafe; `mothership init` pins it instead)'
complete -c mothership -n "__fish_mothership_using_subcommand instance; and __fish_seen_subcommand_from desired" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mothership -n "__fish_mothership_using_subcommand instance; and __fish_seen_subcommand_from desired" -s V -l version -d 'Print version'
complete -c mothership -n "__fish_mothership_using_subcommand instance; and __fish_seen_subcommand_from desired" -f -a "show" -d 'Show an instance\'s desired image and whether it is in sync, updating, failed (why) or not managed'
complete -c mothership -n "__fish_mothership_using_subcommand instance; and __fish_seen_subcommand_from desired" -f -a "set" -d 'Give instances a desired image: those running another binary are updated now if connected, and whenever they dock running another, a bounded number of times'
complete -c mothership -n "__fish_mothership_using_subcommand instance; and __fish_seen_subcommand_from desired" -f -a "clear" -d 'Remove instances\' desired image (nothing is deployed; they are no longer managed)'
complete -c mothership -n "__fish_mothership_using_subcommand instance; and __fish_seen_subcommand_from desired" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mothership -n "__fish_mothership_using_subcommand instance; and __fish_seen_subcommand_from delete" -l host -d 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]' -r
complete -c mothership -n "__fish_mothership_using_subcommand instance; and __fish_seen_subcommand_from delete" -l username -d 'User name for basic auth' -r
complete -c mothership -n "__fish_mothership_using_subcommand instance; and __fish_seen_subcommand_from delete" -l password -d 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)' -r
complete -c mothership -n "__fish_mothership_using_subcommand instance; and __fish_seen_subcommand_from delete" -l cacert -d 'PEM file with the CA certificate (or the server\'s own) to trust' -r -F
complete -c mothership -n "__fish_mothership_using_subcommand instance; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'JSON, for scripts'
yaml\t'YAML'
id\t'Only the IDs, one a line'"
complete -c mothership -n "__fish_mothership_using_subcommand instance; and __fish_seen_subcommand_from delete" -l force -d 'Delete connected instances too (they are disconnected and will dock again)'
complete -c mothership -n "__fish_mothership_using_subcommand instance; and __fish_seen_subcommand_from delete" -l insecure -d 'Do not verify the server\'s TLS certificate (unsafe; `mothership init` pins it instead)'
complete -c mothership -n "__fish_mothership_using_subcommand instance; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mothership -n "__fish_mothership_using_subcommand instance; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c mothership -n "__fish_mothership_using_subcommand instance; and __fish_seen_subcommand_from rm" -l host -d 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]' -r
complete -c mothership -n "__fish_mothership_using_subcommand instance; and __fish_seen_subcommand_from rm" -l username -d 'User name for basic auth' -r
complete -c mothership -n "__fish_mothership_using_subcommand instance; and __fish_seen_subcommand_from rm" -l password -d 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)' -r
complete -c mothership -n "__fish_mothership_using_subcommand instance; and __fish_seen_subcommand_from rm" -l cacert -d 'PEM file with the CA certificate (or the server\'s own) to trust' -r -F
complete -c mothership -n "__fish_mothership_using_subcommand instance; and __fish_seen_subcommand_from rm" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'JSON, for scripts'
yaml\t'YAML'
id\t'Only the IDs, one a line'"
complete -c mothership -n "__fish_mothership_using_subcommand instance; and __fish_seen_subcommand_from rm" -l force -d 'Delete connected instances too (they are disconnected and will dock again)'
complete -c mothership -n "__fish_mothership_using_subcommand instance; and __fish_seen_subcommand_from rm" -l insecure -d 'Do not verify the server\'s TLS certificate (unsafe; `mothership init` pins it instead)'
complete -c mothership -n "__fish_mothership_using_subcommand instance; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mothership -n "__fish_mothership_using_subcommand instance; and __fish_seen_subcommand_from rm" -s V -l version -d 'Print version'
complete -c mothership -n "__fish_mothership_using_subcommand instance; and __fish_seen_subcommand_from help" -f -a "inspect" -d 'Show everything known about an instance'
complete -c mothership -n "__fish_mothership_using_subcommand instance; and __fish_seen_subcommand_from help" -f -a "logs" -d 'Print an instance\'s log'
complete -c mothership -n "__fish_mothership_using_subcommand instance; and __fish_seen_subcommand_from help" -f -a "panics" -d 'Print the panics an instance reported'
complete -c mothership -n "__fish_mothership_using_subcommand instance; and __fish_seen_subcommand_from help" -f -a "stats" -d 'Print an instance\'s stats (fresh from the instance when it is docked)'
complete -c mothership -n "__fish_mothership_using_subcommand instance; and __fish_seen_subcommand_from help" -f -a "alias" -d 'Give an instance an alias (usable as its ID); an empty NAME removes it'
complete -c mothership -n "__fish_mothership_using_subcommand instance; and __fish_seen_subcommand_from help" -f -a "describe" -d 'Set an instance\'s description; an empty TEXT removes it'
complete -c mothership -n "__fish_mothership_using_subcommand instance; and __fish_seen_subcommand_from help" -f -a "auto-redeploy" -d 'Turn "automatically redeploy last image" on or off: when the instance docks running another binary than the image last deployed to it, that image is deployed again'
complete -c mothership -n "__fish_mothership_using_subcommand instance; and __fish_seen_subcommand_from help" -f -a "desired" -d 'The image instances should run (desired state): Mothership keeps them converging on it'
complete -c mothership -n "__fish_mothership_using_subcommand instance; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Forget instances (with their logs, panics and stats)'
complete -c mothership -n "__fish_mothership_using_subcommand instance; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mothership -n "__fish_mothership_using_subcommand inspect-instance" -l host -d 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]' -r
complete -c mothership -n "__fish_mothership_using_subcommand inspect-instance" -l username -d 'User name for basic auth' -r
complete -c mothership -n "__fish_mothership_using_subcommand inspect-instance" -l password -d 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)' -r
complete -c mothership -n "__fish_mothership_using_subcommand inspect-instance" -l cacert -d 'PEM file with the CA certificate (or the server\'s own) to trust' -r -F
complete -c mothership -n "__fish_mothership_using_subcommand inspect-instance" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'JSON, for scripts'
yaml\t'YAML'
id\t'Only the IDs, one a line'"
complete -c mothership -n "__fish_mothership_using_subcommand inspect-instance" -l insecure -d 'Do not verify the server\'s TLS certificate (unsafe; `mothership init` pins it instead)'
complete -c mothership -n "__fish_mothership_using_subcommand inspect-instance" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mothership -n "__fish_mothership_using_subcommand inspect-instance" -s V -l version -d 'Print version'
complete -c mothership -n "__fish_mothership_using_subcommand deploy" -l tag -d 'Deploy to the instances reporting this tag' -r
complete -c mothership -n "__fish_mothership_using_subcommand deploy" -l status -d 'Deploy to the instances with this status [default: connected]' -r -f -a "connected\t''
disconnected\t''
unknown\t''"
complete -c mothership -n "__fish_mothership_using_subcommand deploy" -s s -l search -d 'Deploy to the instances whose ID, alias, description, IPs, image, tag or devices contain this' -r
complete -c mothership -n "__fish_mothership_using_subcommand deploy" -l concurrency -d 'Instances updated at the same time (for many instances) [default: 100]' -r
complete -c mothership -n "__fish_mothership_using_subcommand deploy" -l host -d 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]' -r
complete -c mothership -n "__fish_mothership_using_subcommand deploy" -l username -d 'User name for basic auth' -r
complete -c mothership -n "__fish_mothership_using_subcommand deploy" -l password -d 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)' -r
complete -c mothership -n "__fish_mothership_using_subcommand deploy" -l cacert -d 'PEM file with the CA certificate (or the server\'s own) to trust' -r -F
complete -c mothership -n "__fish_mothership_using_subcommand deploy" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'JSON, for scripts'
yaml\t'YAML'
id\t'Only the IDs, one a line'"
complete -c mothership -n "__fish_mothership_using_subcommand deploy" -l all -d 'Deploy to every connected instance'
complete -c mothership -n "__fish_mothership_using_subcommand deploy" -s w -l wait -d 'Wait until every instance is verified or failed, showing progress; exit 1 on a failure'
complete -c mothership -n "__fish_mothership_using_subcommand deploy" -l force -d 'Deploy even where the image was built for another uplink URL or IncludeOS version'
complete -c mothership -n "__fish_mothership_using_subcommand deploy" -l insecure -d 'Do not verify the server\'s TLS certificate (unsafe; `mothership init` pins it instead)'
complete -c mothership -n "__fish_mothership_using_subcommand deploy" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mothership -n "__fish_mothership_using_subcommand deploy" -s V -l version -d 'Print version'
complete -c mothership -n "__fish_mothership_using_subcommand deploys; and not __fish_seen_subcommand_from list ls show help" -s s -l search -d 'Only deploys whose ID, image ID or instance UUIDs contain this' -r
complete -c mothership -n "__fish_mothership_using_subcommand deploys; and not __fish_seen_subcommand_from list ls show help" -l status -d 'Only deploys with this status' -r -f -a "running\t''
verified\t''
failed\t''"
complete -c mothership -n "__fish_mothership_using_subcommand deploys; and not __fish_seen_subcommand_from list ls show help" -l limit -d 'Show at most this many [default: 100]' -r
complete -c mothership -n "__fish_mothership_using_subcommand deploys; and not __fish_seen_subcommand_from list ls show help" -l host -d 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]' -r
complete -c mothership -n "__fish_mothership_using_subcommand deploys; and not __fish_seen_subcommand_from list ls show help" -l username -d 'User name for basic auth' -r
complete -c mothership -n "__fish_mothership_using_subcommand deploys; and not __fish_seen_subcommand_from list ls show help" -l password -d 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)' -r
complete -c mothership -n "__fish_mothership_using_subcommand deploys; and not __fish_seen_subcommand_from list ls show help" -l cacert -d 'PEM file with the CA certificate (or the server\'s own) to trust' -r -F
complete -c mothership -n "__fish_mothership_using_subcommand deploys; and not __fish_seen_subcommand_from list ls show help" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'JSON, for scripts'
yaml\t'YAML'
id\t'Only the IDs, one a line'"
complete -c mothership -n "__fish_mothership_using_subcommand deploys; and not __fish_seen_subcommand_from list ls show help" -l insecure -d 'Do not verify the server\'s TLS certificate (unsafe; `mothership init` pins it instead)'
complete -c mothership -n "__fish_mothership_using_subcommand deploys; and not __fish_seen_subcommand_from list ls show help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mothership -n "__fish_mothership_using_subcommand deploys; and not __fish_seen_subcommand_from list ls show help" -s V -l version -d 'Print version'
complete -c mothership -n "__fish_mothership_using_subcommand deploys; and not __fish_seen_subcommand_from list ls show help" -f -a "list" -d 'List deploys (newest first)'
complete -c mothership -n "__fish_mothership_using_subcommand deploys; and not __fish_seen_subcommand_from list ls show help" -f -a "ls" -d 'List deploys (newest first)'
complete -c mothership -n "__fish_mothership_using_subcommand deploys; and not __fish_seen_subcommand_from list ls show help" -f -a "show" -d 'Show a deploy with the state of each instance'
complete -c mothership -n "__fish_mothership_using_subcommand deploys; and not __fish_seen_subcommand_from list ls show help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mothership -n "__fish_mothership_using_subcommand deploys; and __fish_seen_subcommand_from list" -s s -l search -d 'Only deploys whose ID, image ID or instance UUIDs contain this' -r
complete -c mothership -n "__fish_mothership_using_subcommand deploys; and __fish_seen_subcommand_from list" -l status -d 'Only deploys with this status' -r -f -a "running\t''
verified\t''
failed\t''"
complete -c mothership -n "__fish_mothership_using_subcommand deploys; and __fish_seen_subcommand_from list" -l limit -d 'Show at most this many [default: 100]' -r
complete -c mothership -n "__fish_mothership_using_subcommand deploys; and __fish_seen_subcommand_from list" -l host -d 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]' -r
complete -c mothership -n "__fish_mothership_using_subcommand deploys; and __fish_seen_subcommand_from list" -l username -d 'User name for basic auth' -r
complete -c mothership -n "__fish_mothership_using_subcommand deploys; and __fish_seen_subcommand_from list" -l password -d 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)' -r
complete -c mothership -n "__fish_mothership_using_subcommand deploys; and __fish_seen_subcommand_from list" -l cacert -d 'PEM file with the CA certificate (or the server\'s own) to trust' -r -F
complete -c mothership -n "__fish_mothership_using_subcommand deploys; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'JSON, for scripts'
yaml\t'YAML'
id\t'Only the IDs, one a line'"
complete -c mothership -n "__fish_mothership_using_subcommand deploys; and __fish_seen_subcommand_from list" -l insecure -d 'Do not verify the server\'s TLS certificate (unsafe; `mothership init` pins it instead)'
complete -c mothership -n "__fish_mothership_using_subcommand deploys; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mothership -n "__fish_mothership_using_subcommand deploys; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c mothership -n "__fish_mothership_using_subcommand deploys; and __fish_seen_subcommand_from ls" -s s -l search -d 'Only deploys whose ID, image ID or instance UUIDs contain this' -r
complete -c mothership -n "__fish_mothership_using_subcommand deploys; and __fish_seen_subcommand_from ls" -l status -d 'Only deploys with this status' -r -f -a "running\t''
verified\t''
failed\t''"
complete -c mothership -n "__fish_mothership_using_subcommand deploys; and __fish_seen_subcommand_from ls" -l limit -d 'Show at most this many [default: 100]' -r
complete -c mothership -n "__fish_mothership_using_subcommand deploys; and __fish_seen_subcommand_from ls" -l host -d 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]' -r
complete -c mothership -n "__fish_mothership_using_subcommand deploys; and __fish_seen_subcommand_from ls" -l username -d 'User name for basic auth' -r
complete -c mothership -n "__fish_mothership_using_subcommand deploys; and __fish_seen_subcommand_from ls" -l password -d 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)' -r
complete -c mothership -n "__fish_mothership_using_subcommand deploys; and __fish_seen_subcommand_from ls" -l cacert -d 'PEM file with the CA certificate (or the server\'s own) to trust' -r -F
complete -c mothership -n "__fish_mothership_using_subcommand deploys; and __fish_seen_subcommand_from ls" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'JSON, for scripts'
yaml\t'YAML'
id\t'Only the IDs, one a line'"
complete -c mothership -n "__fish_mothership_using_subcommand deploys; and __fish_seen_subcommand_from ls" -l insecure -d 'Do not verify the server\'s TLS certificate (unsafe; `mothership init` pins it instead)'
complete -c mothership -n "__fish_mothership_using_subcommand deploys; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mothership -n "__fish_mothership_using_subcommand deploys; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c mothership -n "__fish_mothership_using_subcommand deploys; and __fish_seen_subcommand_from show" -l host -d 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]' -r
complete -c mothership -n "__fish_mothership_using_subcommand deploys; and __fish_seen_subcommand_from show" -l username -d 'User name for basic auth' -r
complete -c mothership -n "__fish_mothership_using_subcommand deploys; and __fish_seen_subcommand_from show" -l password -d 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)' -r
complete -c mothership -n "__fish_mothership_using_subcommand deploys; and __fish_seen_subcommand_from show" -l cacert -d 'PEM file with the CA certificate (or the server\'s own) to trust' -r -F
complete -c mothership -n "__fish_mothership_using_subcommand deploys; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'JSON, for scripts'
yaml\t'YAML'
id\t'Only the IDs, one a line'"
complete -c mothership -n "__fish_mothership_using_subcommand deploys; and __fish_seen_subcommand_from show" -l insecure -d 'Do not verify the server\'s TLS certificate (unsafe; `mothership init` pins it instead)'
complete -c mothership -n "__fish_mothership_using_subcommand deploys; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mothership -n "__fish_mothership_using_subcommand deploys; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c mothership -n "__fish_mothership_using_subcommand deploys; and __fish_seen_subcommand_from help" -f -a "list" -d 'List deploys (newest first)'
complete -c mothership -n "__fish_mothership_using_subcommand deploys; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show a deploy with the state of each instance'
complete -c mothership -n "__fish_mothership_using_subcommand deploys; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mothership -n "__fish_mothership_using_subcommand htpasswd; and not __fish_seen_subcommand_from add delete list verify help" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'JSON, for scripts'
yaml\t'YAML'
id\t'Only the IDs, one a line'"
complete -c mothership -n "__fish_mothership_using_subcommand htpasswd; and not __fish_seen_subcommand_from add delete list verify help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mothership -n "__fish_mothership_using_subcommand htpasswd; and not __fish_seen_subcommand_from add delete list verify help" -s V -l version -d 'Print version'
complete -c mothership -n "__fish_mothership_using_subcommand htpasswd; and not __fish_seen_subcommand_from add delete list verify help" -f -a "add" -d 'Add a user, or replace an existing user\'s password'
complete -c mothership -n "__fish_mothership_using_subcommand htpasswd; and not __fish_seen_subcommand_from add delete list verify help" -f -a "delete" -d 'Delete a user'
complete -c mothership -n "__fish_mothership_using_subcommand htpasswd; and not __fish_seen_subcommand_from add delete list verify help" -f -a "list" -d 'List the users in the file'
complete -c mothership -n "__fish_mothership_using_subcommand htpasswd; and not __fish_seen_subcommand_from add delete list verify help" -f -a "verify" -d 'Check a user\'s password (exit 0 when it matches, 3 when not)'
complete -c mothership -n "__fish_mothership_using_subcommand htpasswd; and not __fish_seen_subcommand_from add delete list verify help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mothership -n "__fish_mothership_using_subcommand htpasswd; and __fish_seen_subcommand_from add" -l file -d 'The htpasswd file' -r -F
complete -c mothership -n "__fish_mothership_using_subcommand htpasswd; and __fish_seen_subcommand_from add" -l cost -d 'bcrypt cost (4-31); each step doubles the work' -r
complete -c mothership -n "__fish_mothership_using_subcommand htpasswd; and __fish_seen_subcommand_from add" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'JSON, for scripts'
yaml\t'YAML'
id\t'Only the IDs, one a line'"
complete -c mothership -n "__fish_mothership_using_subcommand htpasswd; and __fish_seen_subcommand_from add" -l password-stdin -d 'Read the password from the first line of standard input instead of prompting'
complete -c mothership -n "__fish_mothership_using_subcommand htpasswd; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mothership -n "__fish_mothership_using_subcommand htpasswd; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c mothership -n "__fish_mothership_using_subcommand htpasswd; and __fish_seen_subcommand_from delete" -l file -d 'The htpasswd file' -r -F
complete -c mothership -n "__fish_mothership_using_subcommand htpasswd; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'JSON, for scripts'
yaml\t'YAML'
id\t'Only the IDs, one a line'"
complete -c mothership -n "__fish_mothership_using_subcommand htpasswd; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mothership -n "__fish_mothership_using_subcommand htpasswd; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c mothership -n "__fish_mothership_using_subcommand htpasswd; and __fish_seen_subcommand_from list" -l file -d 'The htpasswd file' -r -F
complete -c mothership -n "__fish_mothership_using_subcommand htpasswd; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'JSON, for scripts'
yaml\t'YAML'
id\t'Only the IDs, one a line'"
complete -c mothership -n "__fish_mothership_using_subcommand htpasswd; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mothership -n "__fish_mothership_using_subcommand htpasswd; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c mothership -n "__fish_mothership_using_subcommand htpasswd; and __fish_seen_subcommand_from verify" -l file -d 'The htpasswd file' -r -F
complete -c mothership -n "__fish_mothership_using_subcommand htpasswd; and __fish_seen_subcommand_from verify" -l cost -d 'bcrypt cost (4-31); each step doubles the work' -r
complete -c mothership -n "__fish_mothership_using_subcommand htpasswd; and __fish_seen_subcommand_from verify" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'JSON, for scripts'
yaml\t'YAML'
id\t'Only the IDs, one a line'"
complete -c mothership -n "__fish_mothership_using_subcommand htpasswd; and __fish_seen_subcommand_from verify" -l password-stdin -d 'Read the password from the first line of standard input instead of prompting'
complete -c mothership -n "__fish_mothership_using_subcommand htpasswd; and __fish_seen_subcommand_from verify" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mothership -n "__fish_mothership_using_subcommand htpasswd; and __fish_seen_subcommand_from verify" -s V -l version -d 'Print version'
complete -c mothership -n "__fish_mothership_using_subcommand htpasswd; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a user, or replace an existing user\'s password'
complete -c mothership -n "__fish_mothership_using_subcommand htpasswd; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a user'
complete -c mothership -n "__fish_mothership_using_subcommand htpasswd; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the users in the file'
complete -c mothership -n "__fish_mothership_using_subcommand htpasswd; and __fish_seen_subcommand_from help" -f -a "verify" -d 'Check a user\'s password (exit 0 when it matches, 3 when not)'
complete -c mothership -n "__fish_mothership_using_subcommand htpasswd; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mothership -n "__fish_mothership_using_subcommand images; and not __fish_seen_subcommand_from list ls push pull inspect delete rm help" -s s -l search -d 'Only those containing TEXT in their ID, name or other fields (case-insensitive)' -r
complete -c mothership -n "__fish_mothership_using_subcommand images; and not __fish_seen_subcommand_from list ls push pull inspect delete rm help" -l sort -d 'Sort key, `-` in front for descending, e.g. -created or id (a wrong key\'s error lists the keys)' -r
complete -c mothership -n "__fish_mothership_using_subcommand images; and not __fish_seen_subcommand_from list ls push pull inspect delete rm help" -l limit -d 'Show at most this many [default: all]' -r
complete -c mothership -n "__fish_mothership_using_subcommand images; and not __fish_seen_subcommand_from list ls push pull inspect delete rm help" -l host -d 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]' -r
complete -c mothership -n "__fish_mothership_using_subcommand images; and not __fish_seen_subcommand_from list ls push pull inspect delete rm help" -l username -d 'User name for basic auth' -r
complete -c mothership -n "__fish_mothership_using_subcommand images; and not __fish_seen_subcommand_from list ls push pull inspect delete rm help" -l password -d 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)' -r
complete -c mothership -n "__fish_mothership_using_subcommand images; and not __fish_seen_subcommand_from list ls push pull inspect delete rm help" -l cacert -d 'PEM file with the CA certificate (or the server\'s own) to trust' -r -F
complete -c mothership -n "__fish_mothership_using_subcommand images; and not __fish_seen_subcommand_from list ls push pull inspect delete rm help" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'JSON, for scripts'
yaml\t'YAML'
id\t'Only the IDs, one a line'"
complete -c mothership -n "__fish_mothership_using_subcommand images; and not __fish_seen_subcommand_from list ls push pull inspect delete rm help" -l insecure -d 'Do not verify the server\'s TLS certificate (unsafe; `mothership init` pins it instead)'
complete -c mothership -n "__fish_mothership_using_subcommand images; and not __fish_seen_subcommand_from list ls push pull inspect delete rm help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mothership -n "__fish_mothership_using_subcommand images; and not __fish_seen_subcommand_from list ls push pull inspect delete rm help" -s V -l version -d 'Print version'
complete -c mothership -n "__fish_mothership_using_subcommand images; and not __fish_seen_subcommand_from list ls push pull inspect delete rm help" -f -a "list" -d 'List images (newest first)'
complete -c mothership -n "__fish_mothership_using_subcommand images; and not __fish_seen_subcommand_from list ls push pull inspect delete rm help" -f -a "ls" -d 'List images (newest first)'
complete -c mothership -n "__fish_mothership_using_subcommand images; and not __fish_seen_subcommand_from list ls push pull inspect delete rm help" -f -a "push" -d 'Upload an IncludeOS binary (the same bytes again give the existing image)'
complete -c mothership -n "__fish_mothership_using_subcommand images; and not __fish_seen_subcommand_from list ls push pull inspect delete rm help" -f -a "pull" -d 'Download an image to a file (resumes a partial download)'
complete -c mothership -n "__fish_mothership_using_subcommand images; and not __fish_seen_subcommand_from list ls push pull inspect delete rm help" -f -a "inspect" -d 'Show an image\'s metadata'
complete -c mothership -n "__fish_mothership_using_subcommand images; and not __fish_seen_subcommand_from list ls push pull inspect delete rm help" -f -a "delete" -d 'Delete an image'
complete -c mothership -n "__fish_mothership_using_subcommand images; and not __fish_seen_subcommand_from list ls push pull inspect delete rm help" -f -a "rm" -d 'Delete an image'
complete -c mothership -n "__fish_mothership_using_subcommand images; and not __fish_seen_subcommand_from list ls push pull inspect delete rm help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mothership -n "__fish_mothership_using_subcommand images; and __fish_seen_subcommand_from list" -s s -l search -d 'Only those containing TEXT in their ID, name or other fields (case-insensitive)' -r
complete -c mothership -n "__fish_mothership_using_subcommand images; and __fish_seen_subcommand_from list" -l sort -d 'Sort key, `-` in front for descending, e.g. -created or id (a wrong key\'s error lists the keys)' -r
complete -c mothership -n "__fish_mothership_using_subcommand images; and __fish_seen_subcommand_from list" -l limit -d 'Show at most this many [default: all]' -r
complete -c mothership -n "__fish_mothership_using_subcommand images; and __fish_seen_subcommand_from list" -l host -d 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]' -r
complete -c mothership -n "__fish_mothership_using_subcommand images; and __fish_seen_subcommand_from list" -l username -d 'User name for basic auth' -r
complete -c mothership -n "__fish_mothership_using_subcommand images; and __fish_seen_subcommand_from list" -l password -d 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)' -r
complete -c mothership -n "__fish_mothership_using_subcommand images; and __fish_seen_subcommand_from list" -l cacert -d 'PEM file with the CA certificate (or the server\'s own) to trust' -r -F
complete -c mothership -n "__fish_mothership_using_subcommand images; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'JSON, for scripts'
yaml\t'YAML'
id\t'Only the IDs, one a line'"
complete -c mothership -n "__fish_mothership_using_subcommand images; and __fish_seen_subcommand_from list" -l insecure -d 'Do not verify the server\'s TLS certificate (unsafe; `mothership init` pins it instead)'
complete -c mothership -n "__fish_mothership_using_subcommand images; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mothership -n "__fish_mothership_using_subcommand images; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c mothership -n "__fish_mothership_using_subcommand images; and __fish_seen_subcommand_from ls" -s s -l search -d 'Only those containing TEXT in their ID, name or other fields (case-insensitive)' -r
complete -c mothership -n "__fish_mothership_using_subcommand images; and __fish_seen_subcommand_from ls" -l sort -d 'Sort key, `-` in front for descending, e.g. -created or id (a wrong key\'s error lists the keys)' -r
complete -c mothership -n "__fish_mothership_using_subcommand images; and __fish_seen_subcommand_from ls" -l limit -d 'Show at most this many [default: all]' -r
complete -c mothership -n "__fish_mothership_using_subcommand images; and __fish_seen_subcommand_from ls" -l host -d 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]' -r
complete -c mothership -n "__fish_mothership_using_subcommand images; and __fish_seen_subcommand_from ls" -l username -d 'User name for basic auth' -r
complete -c mothership -n "__fish_mothership_using_subcommand images; and __fish_seen_subcommand_from ls" -l password -d 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)' -r
complete -c mothership -n "__fish_mothership_using_subcommand images; and __fish_seen_subcommand_from ls" -l cacert -d 'PEM file with the CA certificate (or the server\'s own) to trust' -r -F
complete -c mothership -n "__fish_mothership_using_subcommand images; and __fish_seen_subcommand_from ls" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'JSON, for scripts'
yaml\t'YAML'
id\t'Only the IDs, one a line'"
complete -c mothership -n "__fish_mothership_using_subcommand images; and __fish_seen_subcommand_from ls" -l insecure -d 'Do not verify the server\'s TLS certificate (unsafe; `mothership init` pins it instead)'
complete -c mothership -n "__fish_mothership_using_subcommand images; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mothership -n "__fish_mothership_using_subcommand images; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c mothership -n "__fish_mothership_using_subcommand images; and __fish_seen_subcommand_from push" -s t -l tag -d 'A tag (name) for the image, shown in lists and searchable' -r
complete -c mothership -n "__fish_mothership_using_subcommand images; and __fish_seen_subcommand_from push" -l host -d 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]' -r
complete -c mothership -n "__fish_mothership_using_subcommand images; and __fish_seen_subcommand_from push" -l username -d 'User name for basic auth' -r
complete -c mothership -n "__fish_mothership_using_subcommand images; and __fish_seen_subcommand_from push" -l password -d 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)' -r
complete -c mothership -n "__fish_mothership_using_subcommand images; and __fish_seen_subcommand_from push" -l cacert -d 'PEM file with the CA certificate (or the server\'s own) to trust' -r -F
complete -c mothership -n "__fish_mothership_using_subcommand images; and __fish_seen_subcommand_from push" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'JSON, for scripts'
yaml\t'YAML'
id\t'Only the IDs, one a line'"
complete -c mothership -n "__fish_mothership_using_subcommand images; and __fish_seen_subcommand_from push" -l insecure -d 'Do not verify the server\'s TLS certificate (unsafe; `mothership init` pins it instead)'
complete -c mothership -n "__fish_mothership_using_subcommand images; and __fish_seen_subcommand_from push" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mothership -n "__fish_mothership_using_subcommand images; and __fish_seen_subcommand_from push" -s V -l version -d 'Print version'
complete -c mothership -n "__fish_mothership_using_subcommand images; and __fish_seen_subcommand_from pull" -s O -l output-file -d 'File to write, `-` for standard output [default: the image ID]' -r -F
complete -c mothership -n "__fish_mothership_using_subcommand images; and __fish_seen_subcommand_from pull" -l host -d 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]' -r
complete -c mothership -n "__fish_mothership_using_subcommand images; and __fish_seen_subcommand_from pull" -l username -d 'User name for basic auth' -r
complete -c mothership -n "__fish_mothership_using_subcommand images; and __fish_seen_subcommand_from pull" -l password -d 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)' -r
complete -c mothership -n "__fish_mothership_using_subcommand images; and __fish_seen_subcommand_from pull" -l cacert -d 'PEM file with the CA certificate (or the server\'s own) to trust' -r -F
complete -c mothership -n "__fish_mothership_using_subcommand images; and __fish_seen_subcommand_from pull" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'JSON, for scripts'
yaml\t'YAML'
id\t'Only the IDs, one a line'"
complete -c mothership -n "__fish_mothership_using_subcommand images; and __fish_seen_subcommand_from pull" -l insecure -d 'Do not verify the server\'s TLS certificate (unsafe; `mothership init` pins it instead)'
complete -c mothership -n "__fish_mothership_using_subcommand images; and __fish_seen_subcommand_from pull" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mothership -n "__fish_mothership_using_subcommand images; and __fish_seen_subcommand_from pull" -s V -l version -d 'Print version'
complete -c mothership -n "__fish_mothership_using_subcommand images; and __fish_seen_subcommand_from inspect" -l host -d 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]' -r
complete -c mothership -n "__fish_mothership_using_subcommand images; and __fish_seen_subcommand_from inspect" -l username -d 'User name for basic auth' -r
complete -c mothership -n "__fish_mothership_using_subcommand images; and __fish_seen_subcommand_from inspect" -l password -d 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)' -r
complete -c mothership -n "__fish_mothership_using_subcommand images; and __fish_seen_subcommand_from inspect" -l cacert -d 'PEM file with the CA certificate (or the server\'s own) to trust' -r -F
complete -c mothership -n "__fish_mothership_using_subcommand images; and __fish_seen_subcommand_from inspect" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'JSON, for scripts'
yaml\t'YAML'
id\t'Only the IDs, one a line'"
complete -c mothership -n "__fish_mothership_using_subcommand images; and __fish_seen_subcommand_from inspect" -l insecure -d 'Do not verify the server\'s TLS certificate (unsafe; `mothership init` pins it instead)'
complete -c mothership -n "__fish_mothership_using_subcommand images; and __fish_seen_subcommand_from inspect" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mothership -n "__fish_mothership_using_subcommand images; and __fish_seen_subcommand_from inspect" -s V -l version -d 'Print version'
complete -c mothership -n "__fish_mothership_using_subcommand images; and __fish_seen_subcommand_from delete" -l host -d 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]' -r
complete -c mothership -n "__fish_mothership_using_subcommand images; and __fish_seen_subcommand_from delete" -l username -d 'User name for basic auth' -r
complete -c mothership -n "__fish_mothership_using_subcommand images; and __fish_seen_subcommand_from delete" -l password -d 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)' -r
complete -c mothership -n "__fish_mothership_using_subcommand images; and __fish_seen_subcommand_from delete" -l cacert -d 'PEM file with the CA certificate (or the server\'s own) to trust' -r -F
complete -c mothership -n "__fish_mothership_using_subcommand images; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'JSON, for scripts'
yaml\t'YAML'
id\t'Only the IDs, one a line'"
complete -c mothership -n "__fish_mothership_using_subcommand images; and __fish_seen_subcommand_from delete" -l insecure -d 'Do not verify the server\'s TLS certificate (unsafe; `mothership init` pins it instead)'
complete -c mothership -n "__fish_mothership_using_subcommand images; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mothership -n "__fish_mothership_using_subcommand images; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c mothership -n "__fish_mothership_using_subcommand images; and __fish_seen_subcommand_from rm" -l host -d 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]' -r
complete -c mothership -n "__fish_mothership_using_subcommand images; and __fish_seen_subcommand_from rm" -l username -d 'User name for basic auth' -r
complete -c mothership -n "__fish_mothership_using_subcommand images; and __fish_seen_subcommand_from rm" -l password -d 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)' -r
complete -c mothership -n "__fish_mothership_using_subcommand images; and __fish_seen_subcommand_from rm" -l cacert -d 'PEM file with the CA certificate (or the server\'s own) to trust' -r -F
complete -c mothership -n "__fish_mothership_using_subcommand images; and __fish_seen_subcommand_from rm" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'JSON, for scripts'
yaml\t'YAML'
id\t'Only the IDs, one a line'"
complete -c mothership -n "__fish_mothership_using_subcommand images; and __fish_seen_subcommand_from rm" -l insecure -d 'Do not verify the server\'s TLS certificate (unsafe; `mothership init` pins it instead)'
complete -c mothership -n "__fish_mothership_using_subcommand images; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mothership -n "__fish_mothership_using_subcommand images; and __fish_seen_subcommand_from rm" -s V -l version -d 'Print version'
complete -c mothership -n "__fish_mothership_using_subcommand images; and __fish_seen_subcommand_from help" -f -a "list" -d 'List images (newest first)'
complete -c mothership -n "__fish_mothership_using_subcommand images; and __fish_seen_subcommand_from help" -f -a "push" -d 'Upload an IncludeOS binary (the same bytes again give the existing image)'
complete -c mothership -n "__fish_mothership_using_subcommand images; and __fish_seen_subcommand_from help" -f -a "pull" -d 'Download an image to a file (resumes a partial download)'
complete -c mothership -n "__fish_mothership_using_subcommand images; and __fish_seen_subcommand_from help" -f -a "inspect" -d 'Show an image\'s metadata'
complete -c mothership -n "__fish_mothership_using_subcommand images; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete an image'
complete -c mothership -n "__fish_mothership_using_subcommand images; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mothership -n "__fish_mothership_using_subcommand nacls; and not __fish_seen_subcommand_from list ls push pull show delete rm help" -s s -l search -d 'Only those containing TEXT in their ID, name or other fields (case-insensitive)' -r
complete -c mothership -n "__fish_mothership_using_subcommand nacls; and not __fish_seen_subcommand_from list ls push pull show delete rm help" -l sort -d 'Sort key, `-` in front for descending, e.g. -created or id (a wrong key\'s error lists the keys)' -r
complete -c mothership -n "__fish_mothership_using_subcommand nacls; and not __fish_seen_subcommand_from list ls push pull show delete rm help" -l limit -d 'Show at most this many [default: all]' -r
complete -c mothership -n "__fish_mothership_using_subcommand nacls; and not __fish_seen_subcommand_from list ls push pull show delete rm help" -l host -d 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]' -r
complete -c mothership -n "__fish_mothership_using_subcommand nacls; and not __fish_seen_subcommand_from list ls push pull show delete rm help" -l username -d 'User name for basic auth' -r
complete -c mothership -n "__fish_mothership_using_subcommand nacls; and not __fish_seen_subcommand_from list ls push pull show delete rm help" -l password -d 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)' -r
complete -c mothership -n "__fish_mothership_using_subcommand nacls; and not __fish_seen_subcommand_from list ls push pull show delete rm help" -l cacert -d 'PEM file with the CA certificate (or the server\'s own) to trust' -r -F
complete -c mothership -n "__fish_mothership_using_subcommand nacls; and not __fish_seen_subcommand_from list ls push pull show delete rm help" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'JSON, for scripts'
yaml\t'YAML'
id\t'Only the IDs, one a line'"
complete -c mothership -n "__fish_mothership_using_subcommand nacls; and not __fish_seen_subcommand_from list ls push pull show delete rm help" -l insecure -d 'Do not verify the server\'s TLS certificate (unsafe; `mothership init` pins it instead)'
complete -c mothership -n "__fish_mothership_using_subcommand nacls; and not __fish_seen_subcommand_from list ls push pull show delete rm help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mothership -n "__fish_mothership_using_subcommand nacls; and not __fish_seen_subcommand_from list ls push pull show delete rm help" -s V -l version -d 'Print version'
complete -c mothership -n "__fish_mothership_using_subcommand nacls; and not __fish_seen_subcommand_from list ls push pull show delete rm help" -f -a "list" -d 'List names, sizes and dates (not the content)'
complete -c mothership -n "__fish_mothership_using_subcommand nacls; and not __fish_seen_subcommand_from list ls push pull show delete rm help" -f -a "ls" -d 'List names, sizes and dates (not the content)'
complete -c mothership -n "__fish_mothership_using_subcommand nacls; and not __fish_seen_subcommand_from list ls push pull show delete rm help" -f -a "push" -d 'Upload a file, named after the file unless --name is given'
complete -c mothership -n "__fish_mothership_using_subcommand nacls; and not __fish_seen_subcommand_from list ls push pull show delete rm help" -f -a "pull" -d 'Download the content to a file (`-O -` for standard output)'
complete -c mothership -n "__fish_mothership_using_subcommand nacls; and not __fish_seen_subcommand_from list ls push pull show delete rm help" -f -a "show" -d 'Show metadata and content'
complete -c mothership -n "__fish_mothership_using_subcommand nacls; and not __fish_seen_subcommand_from list ls push pull show delete rm help" -f -a "delete" -d 'Delete one'
complete -c mothership -n "__fish_mothership_using_subcommand nacls; and not __fish_seen_subcommand_from list ls push pull show delete rm help" -f -a "rm" -d 'Delete one'
complete -c mothership -n "__fish_mothership_using_subcommand nacls; and not __fish_seen_subcommand_from list ls push pull show delete rm help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mothership -n "__fish_mothership_using_subcommand nacls; and __fish_seen_subcommand_from list" -s s -l search -d 'Only those containing TEXT in their ID, name or other fields (case-insensitive)' -r
complete -c mothership -n "__fish_mothership_using_subcommand nacls; and __fish_seen_subcommand_from list" -l sort -d 'Sort key, `-` in front for descending, e.g. -created or id (a wrong key\'s error lists the keys)' -r
complete -c mothership -n "__fish_mothership_using_subcommand nacls; and __fish_seen_subcommand_from list" -l limit -d 'Show at most this many [default: all]' -r
complete -c mothership -n "__fish_mothership_using_subcommand nacls; and __fish_seen_subcommand_from list" -l host -d 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]' -r
complete -c mothership -n "__fish_mothership_using_subcommand nacls; and __fish_seen_subcommand_from list" -l username -d 'User name for basic auth' -r
complete -c mothership -n "__fish_mothership_using_subcommand nacls; and __fish_seen_subcommand_from list" -l password -d 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)' -r
complete -c mothership -n "__fish_mothership_using_subcommand nacls; and __fish_seen_subcommand_from list" -l cacert -d 'PEM file with the CA certificate (or the server\'s own) to trust' -r -F
complete -c mothership -n "__fish_mothership_using_subcommand nacls; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'JSON, for scripts'
yaml\t'YAML'
id\t'Only the IDs, one a line'"
complete -c mothership -n "__fish_mothership_using_subcommand nacls; and __fish_seen_subcommand_from list" -l insecure -d 'Do not verify the server\'s TLS certificate (unsafe; `mothership init` pins it instead)'
complete -c mothership -n "__fish_mothership_using_subcommand nacls; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mothership -n "__fish_mothership_using_subcommand nacls; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c mothership -n "__fish_mothership_using_subcommand nacls; and __fish_seen_subcommand_from ls" -s s -l search -d 'Only those containing TEXT in their ID, name or other fields (case-insensitive)' -r
complete -c mothership -n "__fish_mothership_using_subcommand nacls; and __fish_seen_subcommand_from ls" -l sort -d 'Sort key, `-` in front for descending, e.g. -created or id (a wrong key\'s error lists the keys)' -r
complete -c mothership -n "__fish_mothership_using_subcommand nacls; and __fish_seen_subcommand_from ls" -l limit -d 'Show at most this many [default: all]' -r
complete -c mothership -n "__fish_mothership_using_subcommand nacls; and __fish_seen_subcommand_from ls" -l host -d 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]' -r
complete -c mothership -n "__fish_mothership_using_subcommand nacls; and __fish_seen_subcommand_from ls" -l username -d 'User name for basic auth' -r
complete -c mothership -n "__fish_mothership_using_subcommand nacls; and __fish_seen_subcommand_from ls" -l password -d 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)' -r
complete -c mothership -n "__fish_mothership_using_subcommand nacls; and __fish_seen_subcommand_from ls" -l cacert -d 'PEM file with the CA certificate (or the server\'s own) to trust' -r -F
complete -c mothership -n "__fish_mothership_using_subcommand nacls; and __fish_seen_subcommand_from ls" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'JSON, for scripts'
yaml\t'YAML'
id\t'Only the IDs, one a line'"
complete -c mothership -n "__fish_mothership_using_subcommand nacls; and __fish_seen_subcommand_from ls" -l insecure -d 'Do not verify the server\'s TLS certificate (unsafe; `mothership init` pins it instead)'
complete -c mothership -n "__fish_mothership_using_subcommand nacls; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mothership -n "__fish_mothership_using_subcommand nacls; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c mothership -n "__fish_mothership_using_subcommand nacls; and __fish_seen_subcommand_from push" -s n -l name -d 'Its name [default: the file name without extension]' -r
complete -c mothership -n "__fish_mothership_using_subcommand nacls; and __fish_seen_subcommand_from push" -l host -d 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]' -r
complete -c mothership -n "__fish_mothership_using_subcommand nacls; and __fish_seen_subcommand_from push" -l username -d 'User name for basic auth' -r
complete -c mothership -n "__fish_mothership_using_subcommand nacls; and __fish_seen_subcommand_from push" -l password -d 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)' -r
complete -c mothership -n "__fish_mothership_using_subcommand nacls; and __fish_seen_subcommand_from push" -l cacert -d 'PEM file with the CA certificate (or the server\'s own) to trust' -r -F
complete -c mothership -n "__fish_mothership_using_subcommand nacls; and __fish_seen_subcommand_from push" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'JSON, for scripts'
yaml\t'YAML'
id\t'Only the IDs, one a line'"
complete -c mothership -n "__fish_mothership_using_subcommand nacls; and __fish_seen_subcommand_from push" -l replace -d 'Replace the content when the name exists already'
complete -c mothership -n "__fish_mothership_using_subcommand nacls; and __fish_seen_subcommand_from push" -l force -d '(NaCls) Store it even when Mothership\'s NaCl checks find errors in it (they are refused otherwise; `mothership validate FILE` lists them)'
complete -c mothership -n "__fish_mothership_using_subcommand nacls; and __fish_seen_subcommand_from push" -l insecure -d 'Do not verify the server\'s TLS certificate (unsafe; `mothership init` pins it instead)'
complete -c mothership -n "__fish_mothership_using_subcommand nacls; and __fish_seen_subcommand_from push" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mothership -n "__fish_mothership_using_subcommand nacls; and __fish_seen_subcommand_from push" -s V -l version -d 'Print version'
complete -c mothership -n "__fish_mothership_using_subcommand nacls; and __fish_seen_subcommand_from pull" -s O -l output-file -d 'File to write, `-` for standard output [default: NAME.nacl or NAME.snippet]' -r -F
complete -c mothership -n "__fish_mothership_using_subcommand nacls; and __fish_seen_subcommand_from pull" -l host -d 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]' -r
complete -c mothership -n "__fish_mothership_using_subcommand nacls; and __fish_seen_subcommand_from pull" -l username -d 'User name for basic auth' -r
complete -c mothership -n "__fish_mothership_using_subcommand nacls; and __fish_seen_subcommand_from pull" -l password -d 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)' -r
complete -c mothership -n "__fish_mothership_using_subcommand nacls; and __fish_seen_subcommand_from pull" -l cacert -d 'PEM file with the CA certificate (or the server\'s own) to trust' -r -F
complete -c mothership -n "__fish_mothership_using_subcommand nacls; and __fish_seen_subcommand_from pull" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'JSON, for scripts'
yaml\t'YAML'
id\t'Only the IDs, one a line'"
complete -c mothership -n "__fish_mothership_using_subcommand nacls; and __fish_seen_subcommand_from pull" -l insecure -d 'Do not verify the server\'s TLS certificate (unsafe; `mothership init` pins it instead)'
complete -c mothership -n "__fish_mothership_using_subcommand nacls; and __fish_seen_subcommand_from pull" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mothership -n "__fish_mothership_using_subcommand nacls; and __fish_seen_subcommand_from pull" -s V -l version -d 'Print version'
complete -c mothership -n "__fish_mothership_using_subcommand nacls; and __fish_seen_subcommand_from show" -l host -d 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]' -r
complete -c mothership -n "__fish_mothership_using_subcommand nacls; and __fish_seen_subcommand_from show" -l username -d 'User name for basic auth' -r
complete -c mothership -n "__fish_mothership_using_subcommand nacls; and __fish_seen_subcommand_from show" -l password -d 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)' -r
complete -c mothership -n "__fish_mothership_using_subcommand nacls; and __fish_seen_subcommand_from show" -l cacert -d 'PEM file with the CA certificate (or the server\'s own) to trust' -r -F
complete -c mothership -n "__fish_mothership_using_subcommand nacls; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'JSON, for scripts'
yaml\t'YAML'
id\t'Only the IDs, one a line'"
complete -c mothership -n "__fish_mothership_using_subcommand nacls; and __fish_seen_subcommand_from show" -l insecure -d 'Do not verify the server\'s TLS certificate (unsafe; `mothership init` pins it instead)'
complete -c mothership -n "__fish_mothership_using_subcommand nacls; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mothership -n "__fish_mothership_using_subcommand nacls; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c mothership -n "__fish_mothership_using_subcommand nacls; and __fish_seen_subcommand_from delete" -l host -d 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]' -r
complete -c mothership -n "__fish_mothership_using_subcommand nacls; and __fish_seen_subcommand_from delete" -l username -d 'User name for basic auth' -r
complete -c mothership -n "__fish_mothership_using_subcommand nacls; and __fish_seen_subcommand_from delete" -l password -d 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)' -r
complete -c mothership -n "__fish_mothership_using_subcommand nacls; and __fish_seen_subcommand_from delete" -l cacert -d 'PEM file with the CA certificate (or the server\'s own) to trust' -r -F
complete -c mothership -n "__fish_mothership_using_subcommand nacls; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'JSON, for scripts'
yaml\t'YAML'
id\t'Only the IDs, one a line'"
complete -c mothership -n "__fish_mothership_using_subcommand nacls; and __fish_seen_subcommand_from delete" -l insecure -d 'Do not verify the server\'s TLS certificate (unsafe; `mothership init` pins it instead)'
complete -c mothership -n "__fish_mothership_using_subcommand nacls; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mothership -n "__fish_mothership_using_subcommand nacls; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c mothership -n "__fish_mothership_using_subcommand nacls; and __fish_seen_subcommand_from rm" -l host -d 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]' -r
complete -c mothership -n "__fish_mothership_using_subcommand nacls; and __fish_seen_subcommand_from rm" -l username -d 'User name for basic auth' -r
complete -c mothership -n "__fish_mothership_using_subcommand nacls; and __fish_seen_subcommand_from rm" -l password -d 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)' -r
complete -c mothership -n "__fish_mothership_using_subcommand nacls; and __fish_seen_subcommand_from rm" -l cacert -d 'PEM file with the CA certificate (or the server\'s own) to trust' -r -F
complete -c mothership -n "__fish_mothership_using_subcommand nacls; and __fish_seen_subcommand_from rm" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'JSON, for scripts'
yaml\t'YAML'
id\t'Only the IDs, one a line'"
complete -c mothership -n "__fish_mothership_using_subcommand nacls; and __fish_seen_subcommand_from rm" -l insecure -d 'Do not verify the server\'s TLS certificate (unsafe; `mothership init` pins it instead)'
complete -c mothership -n "__fish_mothership_using_subcommand nacls; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mothership -n "__fish_mothership_using_subcommand nacls; and __fish_seen_subcommand_from rm" -s V -l version -d 'Print version'
complete -c mothership -n "__fish_mothership_using_subcommand nacls; and __fish_seen_subcommand_from help" -f -a "list" -d 'List names, sizes and dates (not the content)'
complete -c mothership -n "__fish_mothership_using_subcommand nacls; and __fish_seen_subcommand_from help" -f -a "push" -d 'Upload a file, named after the file unless --name is given'
complete -c mothership -n "__fish_mothership_using_subcommand nacls; and __fish_seen_subcommand_from help" -f -a "pull" -d 'Download the content to a file (`-O -` for standard output)'
complete -c mothership -n "__fish_mothership_using_subcommand nacls; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show metadata and content'
complete -c mothership -n "__fish_mothership_using_subcommand nacls; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete one'
complete -c mothership -n "__fish_mothership_using_subcommand nacls; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mothership -n "__fish_mothership_using_subcommand snippets; and not __fish_seen_subcommand_from list ls push pull show delete rm help" -s s -l search -d 'Only those containing TEXT in their ID, name or other fields (case-insensitive)' -r
complete -c mothership -n "__fish_mothership_using_subcommand snippets; and not __fish_seen_subcommand_from list ls push pull show delete rm help" -l sort -d 'Sort key, `-` in front for descending, e.g. -created or id (a wrong key\'s error lists the keys)' -r
complete -c mothership -n "__fish_mothership_using_subcommand snippets; and not __fish_seen_subcommand_from list ls push pull show delete rm help" -l limit -d 'Show at most this many [default: all]' -r
complete -c mothership -n "__fish_mothership_using_subcommand snippets; and not __fish_seen_subcommand_from list ls push pull show delete rm help" -l host -d 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]' -r
complete -c mothership -n "__fish_mothership_using_subcommand snippets; and not __fish_seen_subcommand_from list ls push pull show delete rm help" -l username -d 'User name for basic auth' -r
complete -c mothership -n "__fish_mothership_using_subcommand snippets; and not __fish_seen_subcommand_from list ls push pull show delete rm help" -l password -d 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)' -r
complete -c mothership -n "__fish_mothership_using_subcommand snippets; and not __fish_seen_subcommand_from list ls push pull show delete rm help" -l cacert -d 'PEM file with the CA certificate (or the server\'s own) to trust' -r -F
complete -c mothership -n "__fish_mothership_using_subcommand snippets; and not __fish_seen_subcommand_from list ls push pull show delete rm help" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'JSON, for scripts'
yaml\t'YAML'
id\t'Only the IDs, one a line'"
complete -c mothership -n "__fish_mothership_using_subcommand snippets; and not __fish_seen_subcommand_from list ls push pull show delete rm help" -l insecure -d 'Do not verify the server\'s TLS certificate (unsafe; `mothership init` pins it instead)'
complete -c mothership -n "__fish_mothership_using_subcommand snippets; and not __fish_seen_subcommand_from list ls push pull show delete rm help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mothership -n "__fish_mothership_using_subcommand snippets; and not __fish_seen_subcommand_from list ls push pull show delete rm help" -s V -l version -d 'Print version'
complete -c mothership -n "__fish_mothership_using_subcommand snippets; and not __fish_seen_subcommand_from list ls push pull show delete rm help" -f -a "list" -d 'List names, sizes and dates (not the content)'
complete -c mothership -n "__fish_mothership_using_subcommand snippets; and not __fish_seen_subcommand_from list ls push pull show delete rm help" -f -a "ls" -d 'List names, sizes and dates (not the content)'
complete -c mothership -n "__fish_mothership_using_subcommand snippets; and not __fish_seen_subcommand_from list ls push pull show delete rm help" -f -a "push" -d 'Upload a file, named after the file unless --name is given'
complete -c mothership -n "__fish_mothership_using_subcommand snippets; and not __fish_seen_subcommand_from list ls push pull show delete rm help" -f -a "pull" -d 'Download the content to a file (`-O -` for standard output)'
complete -c mothership -n "__fish_mothership_using_subcommand snippets; and not __fish_seen_subcommand_from list ls push pull show delete rm help" -f -a "show" -d 'Show metadata and content'
complete -c mothership -n "__fish_mothership_using_subcommand snippets; and not __fish_seen_subcommand_from list ls push pull show delete rm help" -f -a "delete" -d 'Delete one'
complete -c mothership -n "__fish_mothership_using_subcommand snippets; and not __fish_seen_subcommand_from list ls push pull show delete rm help" -f -a "rm" -d 'Delete one'
complete -c mothership -n "__fish_mothership_using_subcommand snippets; and not __fish_seen_subcommand_from list ls push pull show delete rm help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mothership -n "__fish_mothership_using_subcommand snippets; and __fish_seen_subcommand_from list" -s s -l search -d 'Only those containing TEXT in their ID, name or other fields (case-insensitive)' -r
complete -c mothership -n "__fish_mothership_using_subcommand snippets; and __fish_seen_subcommand_from list" -l sort -d 'Sort key, `-` in front for descending, e.g. -created or id (a wrong key\'s error lists the keys)' -r
complete -c mothership -n "__fish_mothership_using_subcommand snippets; and __fish_seen_subcommand_from list" -l limit -d 'Show at most this many [default: all]' -r
complete -c mothership -n "__fish_mothership_using_subcommand snippets; and __fish_seen_subcommand_from list" -l host -d 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]' -r
complete -c mothership -n "__fish_mothership_using_subcommand snippets; and __fish_seen_subcommand_from list" -l username -d 'User name for basic auth' -r
complete -c mothership -n "__fish_mothership_using_subcommand snippets; and __fish_seen_subcommand_from list" -l password -d 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)' -r
complete -c mothership -n "__fish_mothership_using_subcommand snippets; and __fish_seen_subcommand_from list" -l cacert -d 'PEM file with the CA certificate (or the server\'s own) to trust' -r -F
complete -c mothership -n "__fish_mothership_using_subcommand snippets; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'JSON, for scripts'
yaml\t'YAML'
id\t'Only the IDs, one a line'"
complete -c mothership -n "__fish_mothership_using_subcommand snippets; and __fish_seen_subcommand_from list" -l insecure -d 'Do not verify the server\'s TLS certificate (unsafe; `mothership init` pins it instead)'
complete -c mothership -n "__fish_mothership_using_subcommand snippets; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mothership -n "__fish_mothership_using_subcommand snippets; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c mothership -n "__fish_mothership_using_subcommand snippets; and __fish_seen_subcommand_from ls" -s s -l search -d 'Only those containing TEXT in their ID, name or other fields (case-insensitive)' -r
complete -c mothership -n "__fish_mothership_using_subcommand snippets; and __fish_seen_subcommand_from ls" -l sort -d 'Sort key, `-` in front for descending, e.g. -created or id (a wrong key\'s error lists the keys)' -r
complete -c mothership -n "__fish_mothership_using_subcommand snippets; and __fish_seen_subcommand_from ls" -l limit -d 'Show at most this many [default: all]' -r
complete -c mothership -n "__fish_mothership_using_subcommand snippets; and __fish_seen_subcommand_from ls" -l host -d 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]' -r
complete -c mothership -n "__fish_mothership_using_subcommand snippets; and __fish_seen_subcommand_from ls" -l username -d 'User name for basic auth' -r
complete -c mothership -n "__fish_mothership_using_subcommand snippets; and __fish_seen_subcommand_from ls" -l password -d 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)' -r
complete -c mothership -n "__fish_mothership_using_subcommand snippets; and __fish_seen_subcommand_from ls" -l cacert -d 'PEM file with the CA certificate (or the server\'s own) to trust' -r -F
complete -c mothership -n "__fish_mothership_using_subcommand snippets; and __fish_seen_subcommand_from ls" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'JSON, for scripts'
yaml\t'YAML'
id\t'Only the IDs, one a line'"
complete -c mothership -n "__fish_mothership_using_subcommand snippets; and __fish_seen_subcommand_from ls" -l insecure -d 'Do not verify the server\'s TLS certificate (unsafe; `mothership init` pins it instead)'
complete -c mothership -n "__fish_mothership_using_subcommand snippets; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mothership -n "__fish_mothership_using_subcommand snippets; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c mothership -n "__fish_mothership_using_subcommand snippets; and __fish_seen_subcommand_from push" -s n -l name -d 'Its name [default: the file name without extension]' -r
complete -c mothership -n "__fish_mothership_using_subcommand snippets; and __fish_seen_subcommand_from push" -l host -d 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]' -r
complete -c mothership -n "__fish_mothership_using_subcommand snippets; and __fish_seen_subcommand_from push" -l username -d 'User name for basic auth' -r
complete -c mothership -n "__fish_mothership_using_subcommand snippets; and __fish_seen_subcommand_from push" -l password -d 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)' -r
complete -c mothership -n "__fish_mothership_using_subcommand snippets; and __fish_seen_subcommand_from push" -l cacert -d 'PEM file with the CA certificate (or the server\'s own) to trust' -r -F
complete -c mothership -n "__fish_mothership_using_subcommand snippets; and __fish_seen_subcommand_from push" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'JSON, for scripts'
yaml\t'YAML'
id\t'Only the IDs, one a line'"
complete -c mothership -n "__fish_mothership_using_subcommand snippets; and __fish_seen_subcommand_from push" -l replace -d 'Replace the content when the name exists already'
complete -c mothership -n "__fish_mothership_using_subcommand snippets; and __fish_seen_subcommand_from push" -l force -d '(NaCls) Store it even when Mothership\'s NaCl checks find errors in it (they are refused otherwise; `mothership validate FILE` lists them)'
complete -c mothership -n "__fish_mothership_using_subcommand snippets; and __fish_seen_subcommand_from push" -l insecure -d 'Do not verify the server\'s TLS certificate (unsafe; `mothership init` pins it instead)'
complete -c mothership -n "__fish_mothership_using_subcommand snippets; and __fish_seen_subcommand_from push" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mothership -n "__fish_mothership_using_subcommand snippets; and __fish_seen_subcommand_from push" -s V -l version -d 'Print version'
complete -c mothership -n "__fish_mothership_using_subcommand snippets; and __fish_seen_subcommand_from pull" -s O -l output-file -d 'File to write, `-` for standard output [default: NAME.nacl or NAME.snippet]' -r -F
complete -c mothership -n "__fish_mothership_using_subcommand snippets; and __fish_seen_subcommand_from pull" -l host -d 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]' -r
complete -c mothership -n "__fish_mothership_using_subcommand snippets; and __fish_seen_subcommand_from pull" -l username -d 'User name for basic auth' -r
complete -c mothership -n "__fish_mothership_using_subcommand snippets; and __fish_seen_subcommand_from pull" -l password -d 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)' -r
complete -c mothership -n "__fish_mothership_using_subcommand snippets; and __fish_seen_subcommand_from pull" -l cacert -d 'PEM file with the CA certificate (or the server\'s own) to trust' -r -F
complete -c mothership -n "__fish_mothership_using_subcommand snippets; and __fish_seen_subcommand_from pull" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'JSON, for scripts'
yaml\t'YAML'
id\t'Only the IDs, one a line'"
complete -c mothership -n "__fish_mothership_using_subcommand snippets; and __fish_seen_subcommand_from pull" -l insecure -d 'Do not verify the server\'s TLS certificate (unsafe; `mothership init` pins it instead)'
complete -c mothership -n "__fish_mothership_using_subcommand snippets; and __fish_seen_subcommand_from pull" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mothership -n "__fish_mothership_using_subcommand snippets; and __fish_seen_subcommand_from pull" -s V -l version -d 'Print version'
complete -c mothership -n "__fish_mothership_using_subcommand snippets; and __fish_seen_subcommand_from show" -l host -d 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]' -r
complete -c mothership -n "__fish_mothership_using_subcommand snippets; and __fish_seen_subcommand_from show" -l username -d 'User name for basic auth' -r
complete -c mothership -n "__fish_mothership_using_subcommand snippets; and __fish_seen_subcommand_from show" -l password -d 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)' -r
complete -c mothership -n "__fish_mothership_using_subcommand snippets; and __fish_seen_subcommand_from show" -l cacert -d 'PEM file with the CA certificate (or the server\'s own) to trust' -r -F
complete -c mothership -n "__fish_mothership_using_subcommand snippets; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'JSON, for scripts'
yaml\t'YAML'
id\t'Only the IDs, one a line'"
complete -c mothership -n "__fish_mothership_using_subcommand snippets; and __fish_seen_subcommand_from show" -l insecure -d 'Do not verify the server\'s TLS certificate (unsafe; `mothership init` pins it instead)'
complete -c mothership -n "__fish_mothership_using_subcommand snippets; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mothership -n "__fish_mothership_using_subcommand snippets; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c mothership -n "__fish_mothership_using_subcommand snippets; and __fish_seen_subcommand_from delete" -l host -d 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]' -r
complete -c mothership -n "__fish_mothership_using_subcommand snippets; and __fish_seen_subcommand_from delete" -l username -d 'User name for basic auth' -r
complete -c mothership -n "__fish_mothership_using_subcommand snippets; and __fish_seen_subcommand_from delete" -l password -d 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)' -r
complete -c mothership -n "__fish_mothership_using_subcommand snippets; and __fish_seen_subcommand_from delete" -l cacert -d 'PEM file with the CA certificate (or the server\'s own) to trust' -r -F
complete -c mothership -n "__fish_mothership_using_subcommand snippets; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'JSON, for scripts'
yaml\t'YAML'
id\t'Only the IDs, one a line'"
complete -c mothership -n "__fish_mothership_using_subcommand snippets; and __fish_seen_subcommand_from delete" -l insecure -d 'Do not verify the server\'s TLS certificate (unsafe; `mothership init` pins it instead)'
complete -c mothership -n "__fish_mothership_using_subcommand snippets; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mothership -n "__fish_mothership_using_subcommand snippets; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c mothership -n "__fish_mothership_using_subcommand snippets; and __fish_seen_subcommand_from rm" -l host -d 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]' -r
complete -c mothership -n "__fish_mothership_using_subcommand snippets; and __fish_seen_subcommand_from rm" -l username -d 'User name for basic auth' -r
complete -c mothership -n "__fish_mothership_using_subcommand snippets; and __fish_seen_subcommand_from rm" -l password -d 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)' -r
complete -c mothership -n "__fish_mothership_using_subcommand snippets; and __fish_seen_subcommand_from rm" -l cacert -d 'PEM file with the CA certificate (or the server\'s own) to trust' -r -F
complete -c mothership -n "__fish_mothership_using_subcommand snippets; and __fish_seen_subcommand_from rm" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'JSON, for scripts'
yaml\t'YAML'
id\t'Only the IDs, one a line'"
complete -c mothership -n "__fish_mothership_using_subcommand snippets; and __fish_seen_subcommand_from rm" -l insecure -d 'Do not verify the server\'s TLS certificate (unsafe; `mothership init` pins it instead)'
complete -c mothership -n "__fish_mothership_using_subcommand snippets; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mothership -n "__fish_mothership_using_subcommand snippets; and __fish_seen_subcommand_from rm" -s V -l version -d 'Print version'
complete -c mothership -n "__fish_mothership_using_subcommand snippets; and __fish_seen_subcommand_from help" -f -a "list" -d 'List names, sizes and dates (not the content)'
complete -c mothership -n "__fish_mothership_using_subcommand snippets; and __fish_seen_subcommand_from help" -f -a "push" -d 'Upload a file, named after the file unless --name is given'
complete -c mothership -n "__fish_mothership_using_subcommand snippets; and __fish_seen_subcommand_from help" -f -a "pull" -d 'Download the content to a file (`-O -` for standard output)'
complete -c mothership -n "__fish_mothership_using_subcommand snippets; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show metadata and content'
complete -c mothership -n "__fish_mothership_using_subcommand snippets; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete one'
complete -c mothership -n "__fish_mothership_using_subcommand snippets; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mothership -n "__fish_mothership_using_subcommand uplinks; and not __fish_seen_subcommand_from list ls create show update delete rm help" -s s -l search -d 'Only those containing TEXT in their ID, name or other fields (case-insensitive)' -r
complete -c mothership -n "__fish_mothership_using_subcommand uplinks; and not __fish_seen_subcommand_from list ls create show update delete rm help" -l sort -d 'Sort key, `-` in front for descending, e.g. -created or id (a wrong key\'s error lists the keys)' -r
complete -c mothership -n "__fish_mothership_using_subcommand uplinks; and not __fish_seen_subcommand_from list ls create show update delete rm help" -l limit -d 'Show at most this many [default: all]' -r
complete -c mothership -n "__fish_mothership_using_subcommand uplinks; and not __fish_seen_subcommand_from list ls create show update delete rm help" -l host -d 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]' -r
complete -c mothership -n "__fish_mothership_using_subcommand uplinks; and not __fish_seen_subcommand_from list ls create show update delete rm help" -l username -d 'User name for basic auth' -r
complete -c mothership -n "__fish_mothership_using_subcommand uplinks; and not __fish_seen_subcommand_from list ls create show update delete rm help" -l password -d 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)' -r
complete -c mothership -n "__fish_mothership_using_subcommand uplinks; and not __fish_seen_subcommand_from list ls create show update delete rm help" -l cacert -d 'PEM file with the CA certificate (or the server\'s own) to trust' -r -F
complete -c mothership -n "__fish_mothership_using_subcommand uplinks; and not __fish_seen_subcommand_from list ls create show update delete rm help" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'JSON, for scripts'
yaml\t'YAML'
id\t'Only the IDs, one a line'"
complete -c mothership -n "__fish_mothership_using_subcommand uplinks; and not __fish_seen_subcommand_from list ls create show update delete rm help" -l insecure -d 'Do not verify the server\'s TLS certificate (unsafe; `mothership init` pins it instead)'
complete -c mothership -n "__fish_mothership_using_subcommand uplinks; and not __fish_seen_subcommand_from list ls create show update delete rm help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mothership -n "__fish_mothership_using_subcommand uplinks; and not __fish_seen_subcommand_from list ls create show update delete rm help" -s V -l version -d 'Print version'
complete -c mothership -n "__fish_mothership_using_subcommand uplinks; and not __fish_seen_subcommand_from list ls create show update delete rm help" -f -a "list" -d 'List uplinks'
complete -c mothership -n "__fish_mothership_using_subcommand uplinks; and not __fish_seen_subcommand_from list ls create show update delete rm help" -f -a "ls" -d 'List uplinks'
complete -c mothership -n "__fish_mothership_using_subcommand uplinks; and not __fish_seen_subcommand_from list ls create show update delete rm help" -f -a "create" -d 'Create an uplink (a token is generated unless given)'
complete -c mothership -n "__fish_mothership_using_subcommand uplinks; and not __fish_seen_subcommand_from list ls create show update delete rm help" -f -a "show" -d 'Show an uplink; --token shows its token too'
complete -c mothership -n "__fish_mothership_using_subcommand uplinks; and not __fish_seen_subcommand_from list ls create show update delete rm help" -f -a "update" -d 'Change an uplink; --clear unsets optional keys'
complete -c mothership -n "__fish_mothership_using_subcommand uplinks; and not __fish_seen_subcommand_from list ls create show update delete rm help" -f -a "delete" -d 'Delete an uplink'
complete -c mothership -n "__fish_mothership_using_subcommand uplinks; and not __fish_seen_subcommand_from list ls create show update delete rm help" -f -a "rm" -d 'Delete an uplink'
complete -c mothership -n "__fish_mothership_using_subcommand uplinks; and not __fish_seen_subcommand_from list ls create show update delete rm help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mothership -n "__fish_mothership_using_subcommand uplinks; and __fish_seen_subcommand_from list" -s s -l search -d 'Only those containing TEXT in their ID, name or other fields (case-insensitive)' -r
complete -c mothership -n "__fish_mothership_using_subcommand uplinks; and __fish_seen_subcommand_from list" -l sort -d 'Sort key, `-` in front for descending, e.g. -created or id (a wrong key\'s error lists the keys)' -r
complete -c mothership -n "__fish_mothership_using_subcommand uplinks; and __fish_seen_subcommand_from list" -l limit -d 'Show at most this many [default: all]' -r
complete -c mothership -n "__fish_mothership_using_subcommand uplinks; and __fish_seen_subcommand_from list" -l host -d 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]' -r
complete -c mothership -n "__fish_mothership_using_subcommand uplinks; and __fish_seen_subcommand_from list" -l username -d 'User name for basic auth' -r
complete -c mothership -n "__fish_mothership_using_subcommand uplinks; and __fish_seen_subcommand_from list" -l password -d 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)' -r
complete -c mothership -n "__fish_mothership_using_subcommand uplinks; and __fish_seen_subcommand_from list" -l cacert -d 'PEM file with the CA certificate (or the server\'s own) to trust' -r -F
complete -c mothership -n "__fish_mothership_using_subcommand uplinks; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'JSON, for scripts'
yaml\t'YAML'
id\t'Only the IDs, one a line'"
complete -c mothership -n "__fish_mothership_using_subcommand uplinks; and __fish_seen_subcommand_from list" -l insecure -d 'Do not verify the server\'s TLS certificate (unsafe; `mothership init` pins it instead)'
complete -c mothership -n "__fish_mothership_using_subcommand uplinks; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mothership -n "__fish_mothership_using_subcommand uplinks; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c mothership -n "__fish_mothership_using_subcommand uplinks; and __fish_seen_subcommand_from ls" -s s -l search -d 'Only those containing TEXT in their ID, name or other fields (case-insensitive)' -r
complete -c mothership -n "__fish_mothership_using_subcommand uplinks; and __fish_seen_subcommand_from ls" -l sort -d 'Sort key, `-` in front for descending, e.g. -created or id (a wrong key\'s error lists the keys)' -r
complete -c mothership -n "__fish_mothership_using_subcommand uplinks; and __fish_seen_subcommand_from ls" -l limit -d 'Show at most this many [default: all]' -r
complete -c mothership -n "__fish_mothership_using_subcommand uplinks; and __fish_seen_subcommand_from ls" -l host -d 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]' -r
complete -c mothership -n "__fish_mothership_using_subcommand uplinks; and __fish_seen_subcommand_from ls" -l username -d 'User name for basic auth' -r
complete -c mothership -n "__fish_mothership_using_subcommand uplinks; and __fish_seen_subcommand_from ls" -l password -d 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)' -r
complete -c mothership -n "__fish_mothership_using_subcommand uplinks; and __fish_seen_subcommand_from ls" -l cacert -d 'PEM file with the CA certificate (or the server\'s own) to trust' -r -F
complete -c mothership -n "__fish_mothership_using_subcommand uplinks; and __fish_seen_subcommand_from ls" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'JSON, for scripts'
yaml\t'YAML'
id\t'Only the IDs, one a line'"
complete -c mothership -n "__fish_mothership_using_subcommand uplinks; and __fish_seen_subcommand_from ls" -l insecure -d 'Do not verify the server\'s TLS certificate (unsafe; `mothership init` pins it instead)'
complete -c mothership -n "__fish_mothership_using_subcommand uplinks; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mothership -n "__fish_mothership_using_subcommand uplinks; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c mothership -n "__fish_mothership_using_subcommand uplinks; and __fish_seen_subcommand_from create" -l url -d 'Where instances dock: https://host:9090 (http:// without uplink TLS)' -r
complete -c mothership -n "__fish_mothership_using_subcommand uplinks; and __fish_seen_subcommand_from create" -l token -d 'Token instances authenticate with [default: 256 random bits]' -r
complete -c mothership -n "__fish_mothership_using_subcommand uplinks; and __fish_seen_subcommand_from create" -l index -d 'Network interface the instance docks from: a number or a name [instance default: 0]' -r
complete -c mothership -n "__fish_mothership_using_subcommand uplinks; and __fish_seen_subcommand_from create" -l tag -d 'Tag (image name) the instances report; `build --tag` overrides it' -r
complete -c mothership -n "__fish_mothership_using_subcommand uplinks; and __fish_seen_subcommand_from create" -l certs -d 'Path of the CA certificates on the image\'s memdisk [instance default: /certs]' -r
complete -c mothership -n "__fish_mothership_using_subcommand uplinks; and __fish_seen_subcommand_from create" -l verify -d 'Verify the server certificate [instance default: true]' -r -f -a "true\t''
false\t''"
complete -c mothership -n "__fish_mothership_using_subcommand uplinks; and __fish_seen_subcommand_from create" -l reboot -d 'Reboot on panic [instance default: true]' -r -f -a "true\t''
false\t''"
complete -c mothership -n "__fish_mothership_using_subcommand uplinks; and __fish_seen_subcommand_from create" -l ws-logging -d 'Send logs over the uplink [instance default: true]' -r -f -a "true\t''
false\t''"
complete -c mothership -n "__fish_mothership_using_subcommand uplinks; and __fish_seen_subcommand_from create" -l serialize-ct -d 'Serialize the console [instance default: false]' -r -f -a "true\t''
false\t''"
complete -c mothership -n "__fish_mothership_using_subcommand uplinks; and __fish_seen_subcommand_from create" -l send-stats -d 'Send stats every MS milliseconds, 0 = never [instance default: 0]' -r
complete -c mothership -n "__fish_mothership_using_subcommand uplinks; and __fish_seen_subcommand_from create" -l ca -d 'PEM file of the CA that signs the uplink\'s certificate: images for an https uplink carry it in their certs folder [default: the certificate the uplink port presents]' -r -F
complete -c mothership -n "__fish_mothership_using_subcommand uplinks; and __fish_seen_subcommand_from create" -l host -d 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]' -r
complete -c mothership -n "__fish_mothership_using_subcommand uplinks; and __fish_seen_subcommand_from create" -l username -d 'User name for basic auth' -r
complete -c mothership -n "__fish_mothership_using_subcommand uplinks; and __fish_seen_subcommand_from create" -l password -d 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)' -r
complete -c mothership -n "__fish_mothership_using_subcommand uplinks; and __fish_seen_subcommand_from create" -l cacert -d 'PEM file with the CA certificate (or the server\'s own) to trust' -r -F
complete -c mothership -n "__fish_mothership_using_subcommand uplinks; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'JSON, for scripts'
yaml\t'YAML'
id\t'Only the IDs, one a line'"
complete -c mothership -n "__fish_mothership_using_subcommand uplinks; and __fish_seen_subcommand_from create" -l insecure -d 'Do not verify the server\'s TLS certificate (unsafe; `mothership init` pins it instead)'
complete -c mothership -n "__fish_mothership_using_subcommand uplinks; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mothership -n "__fish_mothership_using_subcommand uplinks; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c mothership -n "__fish_mothership_using_subcommand uplinks; and __fish_seen_subcommand_from show" -l host -d 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]' -r
complete -c mothership -n "__fish_mothership_using_subcommand uplinks; and __fish_seen_subcommand_from show" -l username -d 'User name for basic auth' -r
complete -c mothership -n "__fish_mothership_using_subcommand uplinks; and __fish_seen_subcommand_from show" -l password -d 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)' -r
complete -c mothership -n "__fish_mothership_using_subcommand uplinks; and __fish_seen_subcommand_from show" -l cacert -d 'PEM file with the CA certificate (or the server\'s own) to trust' -r -F
complete -c mothership -n "__fish_mothership_using_subcommand uplinks; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'JSON, for scripts'
yaml\t'YAML'
id\t'Only the IDs, one a line'"
complete -c mothership -n "__fish_mothership_using_subcommand uplinks; and __fish_seen_subcommand_from show" -l token -d 'Show the token too (the secret baked into every image built for this uplink; kept out of lists and of `show` without this flag)'
complete -c mothership -n "__fish_mothership_using_subcommand uplinks; and __fish_seen_subcommand_from show" -l insecure -d 'Do not verify the server\'s TLS certificate (unsafe; `mothership init` pins it instead)'
complete -c mothership -n "__fish_mothership_using_subcommand uplinks; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mothership -n "__fish_mothership_using_subcommand uplinks; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c mothership -n "__fish_mothership_using_subcommand uplinks; and __fish_seen_subcommand_from update" -l name -d 'New name' -r
complete -c mothership -n "__fish_mothership_using_subcommand uplinks; and __fish_seen_subcommand_from update" -l url -d 'New URL' -r
complete -c mothership -n "__fish_mothership_using_subcommand uplinks; and __fish_seen_subcommand_from update" -l token -d 'New token' -r
complete -c mothership -n "__fish_mothership_using_subcommand uplinks; and __fish_seen_subcommand_from update" -l index -d 'Network interface the instance docks from: a number or a name [instance default: 0]' -r
complete -c mothership -n "__fish_mothership_using_subcommand uplinks; and __fish_seen_subcommand_from update" -l tag -d 'Tag (image name) the instances report; `build --tag` overrides it' -r
complete -c mothership -n "__fish_mothership_using_subcommand uplinks; and __fish_seen_subcommand_from update" -l certs -d 'Path of the CA certificates on the image\'s memdisk [instance default: /certs]' -r
complete -c mothership -n "__fish_mothership_using_subcommand uplinks; and __fish_seen_subcommand_from update" -l verify -d 'Verify the server certificate [instance default: true]' -r -f -a "true\t''
false\t''"
complete -c mothership -n "__fish_mothership_using_subcommand uplinks; and __fish_seen_subcommand_from update" -l reboot -d 'Reboot on panic [instance default: true]' -r -f -a "true\t''
false\t''"
complete -c mothership -n "__fish_mothership_using_subcommand uplinks; and __fish_seen_subcommand_from update" -l ws-logging -d 'Send logs over the uplink [instance default: true]' -r -f -a "true\t''
false\t''"
complete -c mothership -n "__fish_mothership_using_subcommand uplinks; and __fish_seen_subcommand_from update" -l serialize-ct -d 'Serialize the console [instance default: false]' -r -f -a "true\t''
false\t''"
complete -c mothership -n "__fish_mothership_using_subcommand uplinks; and __fish_seen_subcommand_from update" -l send-stats -d 'Send stats every MS milliseconds, 0 = never [instance default: 0]' -r
complete -c mothership -n "__fish_mothership_using_subcommand uplinks; and __fish_seen_subcommand_from update" -l ca -d 'PEM file of the CA that signs the uplink\'s certificate: images for an https uplink carry it in their certs folder [default: the certificate the uplink port presents]' -r -F
complete -c mothership -n "__fish_mothership_using_subcommand uplinks; and __fish_seen_subcommand_from update" -l clear -d 'Unset an optional key (back to the instance default); repeatable' -r -f -a "index\t''
tag\t''
certs\t''
verify\t''
reboot\t''
ws_logging\t''
serialize_ct\t''
send_stats\t''
ca\t''"
complete -c mothership -n "__fish_mothership_using_subcommand uplinks; and __fish_seen_subcommand_from update" -l host -d 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]' -r
complete -c mothership -n "__fish_mothership_using_subcommand uplinks; and __fish_seen_subcommand_from update" -l username -d 'User name for basic auth' -r
complete -c mothership -n "__fish_mothership_using_subcommand uplinks; and __fish_seen_subcommand_from update" -l password -d 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)' -r
complete -c mothership -n "__fish_mothership_using_subcommand uplinks; and __fish_seen_subcommand_from update" -l cacert -d 'PEM file with the CA certificate (or the server\'s own) to trust' -r -F
complete -c mothership -n "__fish_mothership_using_subcommand uplinks; and __fish_seen_subcommand_from update" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'JSON, for scripts'
yaml\t'YAML'
id\t'Only the IDs, one a line'"
complete -c mothership -n "__fish_mothership_using_subcommand uplinks; and __fish_seen_subcommand_from update" -l insecure -d 'Do not verify the server\'s TLS certificate (unsafe; `mothership init` pins it instead)'
complete -c mothership -n "__fish_mothership_using_subcommand uplinks; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mothership -n "__fish_mothership_using_subcommand uplinks; and __fish_seen_subcommand_from update" -s V -l version -d 'Print version'
complete -c mothership -n "__fish_mothership_using_subcommand uplinks; and __fish_seen_subcommand_from delete" -l host -d 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]' -r
complete -c mothership -n "__fish_mothership_using_subcommand uplinks; and __fish_seen_subcommand_from delete" -l username -d 'User name for basic auth' -r
complete -c mothership -n "__fish_mothership_using_subcommand uplinks; and __fish_seen_subcommand_from delete" -l password -d 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)' -r
complete -c mothership -n "__fish_mothership_using_subcommand uplinks; and __fish_seen_subcommand_from delete" -l cacert -d 'PEM file with the CA certificate (or the server\'s own) to trust' -r -F
complete -c mothership -n "__fish_mothership_using_subcommand uplinks; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'JSON, for scripts'
yaml\t'YAML'
id\t'Only the IDs, one a line'"
complete -c mothership -n "__fish_mothership_using_subcommand uplinks; and __fish_seen_subcommand_from delete" -l insecure -d 'Do not verify the server\'s TLS certificate (unsafe; `mothership init` pins it instead)'
complete -c mothership -n "__fish_mothership_using_subcommand uplinks; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mothership -n "__fish_mothership_using_subcommand uplinks; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c mothership -n "__fish_mothership_using_subcommand uplinks; and __fish_seen_subcommand_from rm" -l host -d 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]' -r
complete -c mothership -n "__fish_mothership_using_subcommand uplinks; and __fish_seen_subcommand_from rm" -l username -d 'User name for basic auth' -r
complete -c mothership -n "__fish_mothership_using_subcommand uplinks; and __fish_seen_subcommand_from rm" -l password -d 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)' -r
complete -c mothership -n "__fish_mothership_using_subcommand uplinks; and __fish_seen_subcommand_from rm" -l cacert -d 'PEM file with the CA certificate (or the server\'s own) to trust' -r -F
complete -c mothership -n "__fish_mothership_using_subcommand uplinks; and __fish_seen_subcommand_from rm" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'JSON, for scripts'
yaml\t'YAML'
id\t'Only the IDs, one a line'"
complete -c mothership -n "__fish_mothership_using_subcommand uplinks; and __fish_seen_subcommand_from rm" -l insecure -d 'Do not verify the server\'s TLS certificate (unsafe; `mothership init` pins it instead)'
complete -c mothership -n "__fish_mothership_using_subcommand uplinks; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mothership -n "__fish_mothership_using_subcommand uplinks; and __fish_seen_subcommand_from rm" -s V -l version -d 'Print version'
complete -c mothership -n "__fish_mothership_using_subcommand uplinks; and __fish_seen_subcommand_from help" -f -a "list" -d 'List uplinks'
complete -c mothership -n "__fish_mothership_using_subcommand uplinks; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create an uplink (a token is generated unless given)'
complete -c mothership -n "__fish_mothership_using_subcommand uplinks; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show an uplink; --token shows its token too'
complete -c mothership -n "__fish_mothership_using_subcommand uplinks; and __fish_seen_subcommand_from help" -f -a "update" -d 'Change an uplink; --clear unsets optional keys'
complete -c mothership -n "__fish_mothership_using_subcommand uplinks; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete an uplink'
complete -c mothership -n "__fish_mothership_using_subcommand uplinks; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mothership -n "__fish_mothership_using_subcommand push-image" -s t -l tag -d 'A tag (name) for the image, shown in lists and searchable' -r
complete -c mothership -n "__fish_mothership_using_subcommand push-image" -l host -d 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]' -r
complete -c mothership -n "__fish_mothership_using_subcommand push-image" -l username -d 'User name for basic auth' -r
complete -c mothership -n "__fish_mothership_using_subcommand push-image" -l password -d 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)' -r
complete -c mothership -n "__fish_mothership_using_subcommand push-image" -l cacert -d 'PEM file with the CA certificate (or the server\'s own) to trust' -r -F
complete -c mothership -n "__fish_mothership_using_subcommand push-image" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'JSON, for scripts'
yaml\t'YAML'
id\t'Only the IDs, one a line'"
complete -c mothership -n "__fish_mothership_using_subcommand push-image" -l insecure -d 'Do not verify the server\'s TLS certificate (unsafe; `mothership init` pins it instead)'
complete -c mothership -n "__fish_mothership_using_subcommand push-image" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mothership -n "__fish_mothership_using_subcommand push-image" -s V -l version -d 'Print version'
complete -c mothership -n "__fish_mothership_using_subcommand pull-image" -s O -l output-file -d 'File to write, `-` for standard output [default: the image ID]' -r -F
complete -c mothership -n "__fish_mothership_using_subcommand pull-image" -l host -d 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]' -r
complete -c mothership -n "__fish_mothership_using_subcommand pull-image" -l username -d 'User name for basic auth' -r
complete -c mothership -n "__fish_mothership_using_subcommand pull-image" -l password -d 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)' -r
complete -c mothership -n "__fish_mothership_using_subcommand pull-image" -l cacert -d 'PEM file with the CA certificate (or the server\'s own) to trust' -r -F
complete -c mothership -n "__fish_mothership_using_subcommand pull-image" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'JSON, for scripts'
yaml\t'YAML'
id\t'Only the IDs, one a line'"
complete -c mothership -n "__fish_mothership_using_subcommand pull-image" -l insecure -d 'Do not verify the server\'s TLS certificate (unsafe; `mothership init` pins it instead)'
complete -c mothership -n "__fish_mothership_using_subcommand pull-image" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mothership -n "__fish_mothership_using_subcommand pull-image" -s V -l version -d 'Print version'
complete -c mothership -n "__fish_mothership_using_subcommand push-nacl" -s n -l name -d 'Its name [default: the file name without extension]' -r
complete -c mothership -n "__fish_mothership_using_subcommand push-nacl" -l host -d 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]' -r
complete -c mothership -n "__fish_mothership_using_subcommand push-nacl" -l username -d 'User name for basic auth' -r
complete -c mothership -n "__fish_mothership_using_subcommand push-nacl" -l password -d 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)' -r
complete -c mothership -n "__fish_mothership_using_subcommand push-nacl" -l cacert -d 'PEM file with the CA certificate (or the server\'s own) to trust' -r -F
complete -c mothership -n "__fish_mothership_using_subcommand push-nacl" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'JSON, for scripts'
yaml\t'YAML'
id\t'Only the IDs, one a line'"
complete -c mothership -n "__fish_mothership_using_subcommand push-nacl" -l replace -d 'Replace the content when the name exists already'
complete -c mothership -n "__fish_mothership_using_subcommand push-nacl" -l force -d '(NaCls) Store it even when Mothership\'s NaCl checks find errors in it (they are refused otherwise; `mothership validate FILE` lists them)'
complete -c mothership -n "__fish_mothership_using_subcommand push-nacl" -l insecure -d 'Do not verify the server\'s TLS certificate (unsafe; `mothership init` pins it instead)'
complete -c mothership -n "__fish_mothership_using_subcommand push-nacl" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mothership -n "__fish_mothership_using_subcommand push-nacl" -s V -l version -d 'Print version'
complete -c mothership -n "__fish_mothership_using_subcommand pull-nacl" -s O -l output-file -d 'File to write, `-` for standard output [default: NAME.nacl or NAME.snippet]' -r -F
complete -c mothership -n "__fish_mothership_using_subcommand pull-nacl" -l host -d 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]' -r
complete -c mothership -n "__fish_mothership_using_subcommand pull-nacl" -l username -d 'User name for basic auth' -r
complete -c mothership -n "__fish_mothership_using_subcommand pull-nacl" -l password -d 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)' -r
complete -c mothership -n "__fish_mothership_using_subcommand pull-nacl" -l cacert -d 'PEM file with the CA certificate (or the server\'s own) to trust' -r -F
complete -c mothership -n "__fish_mothership_using_subcommand pull-nacl" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'JSON, for scripts'
yaml\t'YAML'
id\t'Only the IDs, one a line'"
complete -c mothership -n "__fish_mothership_using_subcommand pull-nacl" -l insecure -d 'Do not verify the server\'s TLS certificate (unsafe; `mothership init` pins it instead)'
complete -c mothership -n "__fish_mothership_using_subcommand pull-nacl" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mothership -n "__fish_mothership_using_subcommand pull-nacl" -s V -l version -d 'Print version'
complete -c mothership -n "__fish_mothership_using_subcommand bobproviders; and not __fish_seen_subcommand_from list update help" -l host -d 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]' -r
complete -c mothership -n "__fish_mothership_using_subcommand bobproviders; and not __fish_seen_subcommand_from list update help" -l username -d 'User name for basic auth' -r
complete -c mothership -n "__fish_mothership_using_subcommand bobproviders; and not __fish_seen_subcommand_from list update help" -l password -d 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)' -r
complete -c mothership -n "__fish_mothership_using_subcommand bobproviders; and not __fish_seen_subcommand_from list update help" -l cacert -d 'PEM file with the CA certificate (or the server\'s own) to trust' -r -F
complete -c mothership -n "__fish_mothership_using_subcommand bobproviders; and not __fish_seen_subcommand_from list update help" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'JSON, for scripts'
yaml\t'YAML'
id\t'Only the IDs, one a line'"
complete -c mothership -n "__fish_mothership_using_subcommand bobproviders; and not __fish_seen_subcommand_from list update help" -l insecure -d 'Do not verify the server\'s TLS certificate (unsafe; `mothership init` pins it instead)'
complete -c mothership -n "__fish_mothership_using_subcommand bobproviders; and not __fish_seen_subcommand_from list update help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mothership -n "__fish_mothership_using_subcommand bobproviders; and not __fish_seen_subcommand_from list update help" -s V -l version -d 'Print version'
complete -c mothership -n "__fish_mothership_using_subcommand bobproviders; and not __fish_seen_subcommand_from list update help" -f -a "list" -d 'List the providers: when each was last updated, how many bobs it has'
complete -c mothership -n "__fish_mothership_using_subcommand bobproviders; and not __fish_seen_subcommand_from list update help" -f -a "update" -d 'Refresh a provider\'s list of bobs (DockerHub reads the registry, Local the engine)'
complete -c mothership -n "__fish_mothership_using_subcommand bobproviders; and not __fish_seen_subcommand_from list update help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mothership -n "__fish_mothership_using_subcommand bobproviders; and __fish_seen_subcommand_from list" -l host -d 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]' -r
complete -c mothership -n "__fish_mothership_using_subcommand bobproviders; and __fish_seen_subcommand_from list" -l username -d 'User name for basic auth' -r
complete -c mothership -n "__fish_mothership_using_subcommand bobproviders; and __fish_seen_subcommand_from list" -l password -d 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)' -r
complete -c mothership -n "__fish_mothership_using_subcommand bobproviders; and __fish_seen_subcommand_from list" -l cacert -d 'PEM file with the CA certificate (or the server\'s own) to trust' -r -F
complete -c mothership -n "__fish_mothership_using_subcommand bobproviders; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'JSON, for scripts'
yaml\t'YAML'
id\t'Only the IDs, one a line'"
complete -c mothership -n "__fish_mothership_using_subcommand bobproviders; and __fish_seen_subcommand_from list" -l insecure -d 'Do not verify the server\'s TLS certificate (unsafe; `mothership init` pins it instead)'
complete -c mothership -n "__fish_mothership_using_subcommand bobproviders; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mothership -n "__fish_mothership_using_subcommand bobproviders; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c mothership -n "__fish_mothership_using_subcommand bobproviders; and __fish_seen_subcommand_from update" -l host -d 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]' -r
complete -c mothership -n "__fish_mothership_using_subcommand bobproviders; and __fish_seen_subcommand_from update" -l username -d 'User name for basic auth' -r
complete -c mothership -n "__fish_mothership_using_subcommand bobproviders; and __fish_seen_subcommand_from update" -l password -d 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)' -r
complete -c mothership -n "__fish_mothership_using_subcommand bobproviders; and __fish_seen_subcommand_from update" -l cacert -d 'PEM file with the CA certificate (or the server\'s own) to trust' -r -F
complete -c mothership -n "__fish_mothership_using_subcommand bobproviders; and __fish_seen_subcommand_from update" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'JSON, for scripts'
yaml\t'YAML'
id\t'Only the IDs, one a line'"
complete -c mothership -n "__fish_mothership_using_subcommand bobproviders; and __fish_seen_subcommand_from update" -l insecure -d 'Do not verify the server\'s TLS certificate (unsafe; `mothership init` pins it instead)'
complete -c mothership -n "__fish_mothership_using_subcommand bobproviders; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mothership -n "__fish_mothership_using_subcommand bobproviders; and __fish_seen_subcommand_from update" -s V -l version -d 'Print version'
complete -c mothership -n "__fish_mothership_using_subcommand bobproviders; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the providers: when each was last updated, how many bobs it has'
complete -c mothership -n "__fish_mothership_using_subcommand bobproviders; and __fish_seen_subcommand_from help" -f -a "update" -d 'Refresh a provider\'s list of bobs (DockerHub reads the registry, Local the engine)'
complete -c mothership -n "__fish_mothership_using_subcommand bobproviders; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mothership -n "__fish_mothership_using_subcommand bobs; and not __fish_seen_subcommand_from list prepare help" -l host -d 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]' -r
complete -c mothership -n "__fish_mothership_using_subcommand bobs; and not __fish_seen_subcommand_from list prepare help" -l username -d 'User name for basic auth' -r
complete -c mothership -n "__fish_mothership_using_subcommand bobs; and not __fish_seen_subcommand_from list prepare help" -l password -d 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)' -r
complete -c mothership -n "__fish_mothership_using_subcommand bobs; and not __fish_seen_subcommand_from list prepare help" -l cacert -d 'PEM file with the CA certificate (or the server\'s own) to trust' -r -F
complete -c mothership -n "__fish_mothership_using_subcommand bobs; and not __fish_seen_subcommand_from list prepare help" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'JSON, for scripts'
yaml\t'YAML'
id\t'Only the IDs, one a line'"
complete -c mothership -n "__fish_mothership_using_subcommand bobs; and not __fish_seen_subcommand_from list prepare help" -l insecure -d 'Do not verify the server\'s TLS certificate (unsafe; `mothership init` pins it instead)'
complete -c mothership -n "__fish_mothership_using_subcommand bobs; and not __fish_seen_subcommand_from list prepare help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mothership -n "__fish_mothership_using_subcommand bobs; and not __fish_seen_subcommand_from list prepare help" -s V -l version -d 'Print version'
complete -c mothership -n "__fish_mothership_using_subcommand bobs; and not __fish_seen_subcommand_from list prepare help" -f -a "list" -d 'List the bobs a provider offers (as of its last update) and whether each is prepared'
complete -c mothership -n "__fish_mothership_using_subcommand bobs; and not __fish_seen_subcommand_from list prepare help" -f -a "prepare" -d 'Pull a bob onto the engine; it becomes the builder with the same ID'
complete -c mothership -n "__fish_mothership_using_subcommand bobs; and not __fish_seen_subcommand_from list prepare help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mothership -n "__fish_mothership_using_subcommand bobs; and __fish_seen_subcommand_from list" -l host -d 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]' -r
complete -c mothership -n "__fish_mothership_using_subcommand bobs; and __fish_seen_subcommand_from list" -l username -d 'User name for basic auth' -r
complete -c mothership -n "__fish_mothership_using_subcommand bobs; and __fish_seen_subcommand_from list" -l password -d 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)' -r
complete -c mothership -n "__fish_mothership_using_subcommand bobs; and __fish_seen_subcommand_from list" -l cacert -d 'PEM file with the CA certificate (or the server\'s own) to trust' -r -F
complete -c mothership -n "__fish_mothership_using_subcommand bobs; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'JSON, for scripts'
yaml\t'YAML'
id\t'Only the IDs, one a line'"
complete -c mothership -n "__fish_mothership_using_subcommand bobs; and __fish_seen_subcommand_from list" -l insecure -d 'Do not verify the server\'s TLS certificate (unsafe; `mothership init` pins it instead)'
complete -c mothership -n "__fish_mothership_using_subcommand bobs; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mothership -n "__fish_mothership_using_subcommand bobs; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c mothership -n "__fish_mothership_using_subcommand bobs; and __fish_seen_subcommand_from prepare" -l host -d 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]' -r
complete -c mothership -n "__fish_mothership_using_subcommand bobs; and __fish_seen_subcommand_from prepare" -l username -d 'User name for basic auth' -r
complete -c mothership -n "__fish_mothership_using_subcommand bobs; and __fish_seen_subcommand_from prepare" -l password -d 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)' -r
complete -c mothership -n "__fish_mothership_using_subcommand bobs; and __fish_seen_subcommand_from prepare" -l cacert -d 'PEM file with the CA certificate (or the server\'s own) to trust' -r -F
complete -c mothership -n "__fish_mothership_using_subcommand bobs; and __fish_seen_subcommand_from prepare" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'JSON, for scripts'
yaml\t'YAML'
id\t'Only the IDs, one a line'"
complete -c mothership -n "__fish_mothership_using_subcommand bobs; and __fish_seen_subcommand_from prepare" -l insecure -d 'Do not verify the server\'s TLS certificate (unsafe; `mothership init` pins it instead)'
complete -c mothership -n "__fish_mothership_using_subcommand bobs; and __fish_seen_subcommand_from prepare" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mothership -n "__fish_mothership_using_subcommand bobs; and __fish_seen_subcommand_from prepare" -s V -l version -d 'Print version'
complete -c mothership -n "__fish_mothership_using_subcommand bobs; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the bobs a provider offers (as of its last update) and whether each is prepared'
complete -c mothership -n "__fish_mothership_using_subcommand bobs; and __fish_seen_subcommand_from help" -f -a "prepare" -d 'Pull a bob onto the engine; it becomes the builder with the same ID'
complete -c mothership -n "__fish_mothership_using_subcommand bobs; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mothership -n "__fish_mothership_using_subcommand builders; and not __fish_seen_subcommand_from list inspect delete help" -l host -d 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]' -r
complete -c mothership -n "__fish_mothership_using_subcommand builders; and not __fish_seen_subcommand_from list inspect delete help" -l username -d 'User name for basic auth' -r
complete -c mothership -n "__fish_mothership_using_subcommand builders; and not __fish_seen_subcommand_from list inspect delete help" -l password -d 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)' -r
complete -c mothership -n "__fish_mothership_using_subcommand builders; and not __fish_seen_subcommand_from list inspect delete help" -l cacert -d 'PEM file with the CA certificate (or the server\'s own) to trust' -r -F
complete -c mothership -n "__fish_mothership_using_subcommand builders; and not __fish_seen_subcommand_from list inspect delete help" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'JSON, for scripts'
yaml\t'YAML'
id\t'Only the IDs, one a line'"
complete -c mothership -n "__fish_mothership_using_subcommand builders; and not __fish_seen_subcommand_from list inspect delete help" -l insecure -d 'Do not verify the server\'s TLS certificate (unsafe; `mothership init` pins it instead)'
complete -c mothership -n "__fish_mothership_using_subcommand builders; and not __fish_seen_subcommand_from list inspect delete help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mothership -n "__fish_mothership_using_subcommand builders; and not __fish_seen_subcommand_from list inspect delete help" -s V -l version -d 'Print version'
complete -c mothership -n "__fish_mothership_using_subcommand builders; and not __fish_seen_subcommand_from list inspect delete help" -f -a "list" -d 'List the builders on the engine'
complete -c mothership -n "__fish_mothership_using_subcommand builders; and not __fish_seen_subcommand_from list inspect delete help" -f -a "inspect" -d 'Show one builder\'s details (its contract, the services it builds, IncludeOS version...)'
complete -c mothership -n "__fish_mothership_using_subcommand builders; and not __fish_seen_subcommand_from list inspect delete help" -f -a "delete" -d 'Delete a builder\'s image from the engine (refused while a build uses it)'
complete -c mothership -n "__fish_mothership_using_subcommand builders; and not __fish_seen_subcommand_from list inspect delete help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mothership -n "__fish_mothership_using_subcommand builders; and __fish_seen_subcommand_from list" -l host -d 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]' -r
complete -c mothership -n "__fish_mothership_using_subcommand builders; and __fish_seen_subcommand_from list" -l username -d 'User name for basic auth' -r
complete -c mothership -n "__fish_mothership_using_subcommand builders; and __fish_seen_subcommand_from list" -l password -d 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)' -r
complete -c mothership -n "__fish_mothership_using_subcommand builders; and __fish_seen_subcommand_from list" -l cacert -d 'PEM file with the CA certificate (or the server\'s own) to trust' -r -F
complete -c mothership -n "__fish_mothership_using_subcommand builders; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'JSON, for scripts'
yaml\t'YAML'
id\t'Only the IDs, one a line'"
complete -c mothership -n "__fish_mothership_using_subcommand builders; and __fish_seen_subcommand_from list" -l insecure -d 'Do not verify the server\'s TLS certificate (unsafe; `mothership init` pins it instead)'
complete -c mothership -n "__fish_mothership_using_subcommand builders; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mothership -n "__fish_mothership_using_subcommand builders; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c mothership -n "__fish_mothership_using_subcommand builders; and __fish_seen_subcommand_from inspect" -l host -d 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]' -r
complete -c mothership -n "__fish_mothership_using_subcommand builders; and __fish_seen_subcommand_from inspect" -l username -d 'User name for basic auth' -r
complete -c mothership -n "__fish_mothership_using_subcommand builders; and __fish_seen_subcommand_from inspect" -l password -d 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)' -r
complete -c mothership -n "__fish_mothership_using_subcommand builders; and __fish_seen_subcommand_from inspect" -l cacert -d 'PEM file with the CA certificate (or the server\'s own) to trust' -r -F
complete -c mothership -n "__fish_mothership_using_subcommand builders; and __fish_seen_subcommand_from inspect" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'JSON, for scripts'
yaml\t'YAML'
id\t'Only the IDs, one a line'"
complete -c mothership -n "__fish_mothership_using_subcommand builders; and __fish_seen_subcommand_from inspect" -l insecure -d 'Do not verify the server\'s TLS certificate (unsafe; `mothership init` pins it instead)'
complete -c mothership -n "__fish_mothership_using_subcommand builders; and __fish_seen_subcommand_from inspect" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mothership -n "__fish_mothership_using_subcommand builders; and __fish_seen_subcommand_from inspect" -s V -l version -d 'Print version'
complete -c mothership -n "__fish_mothership_using_subcommand builders; and __fish_seen_subcommand_from delete" -l host -d 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]' -r
complete -c mothership -n "__fish_mothership_using_subcommand builders; and __fish_seen_subcommand_from delete" -l username -d 'User name for basic auth' -r
complete -c mothership -n "__fish_mothership_using_subcommand builders; and __fish_seen_subcommand_from delete" -l password -d 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)' -r
complete -c mothership -n "__fish_mothership_using_subcommand builders; and __fish_seen_subcommand_from delete" -l cacert -d 'PEM file with the CA certificate (or the server\'s own) to trust' -r -F
complete -c mothership -n "__fish_mothership_using_subcommand builders; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'JSON, for scripts'
yaml\t'YAML'
id\t'Only the IDs, one a line'"
complete -c mothership -n "__fish_mothership_using_subcommand builders; and __fish_seen_subcommand_from delete" -l insecure -d 'Do not verify the server\'s TLS certificate (unsafe; `mothership init` pins it instead)'
complete -c mothership -n "__fish_mothership_using_subcommand builders; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mothership -n "__fish_mothership_using_subcommand builders; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c mothership -n "__fish_mothership_using_subcommand builders; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the builders on the engine'
complete -c mothership -n "__fish_mothership_using_subcommand builders; and __fish_seen_subcommand_from help" -f -a "inspect" -d 'Show one builder\'s details (its contract, the services it builds, IncludeOS version...)'
complete -c mothership -n "__fish_mothership_using_subcommand builders; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a builder\'s image from the engine (refused while a build uses it)'
complete -c mothership -n "__fish_mothership_using_subcommand builders; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mothership -n "__fish_mothership_using_subcommand services; and not __fish_seen_subcommand_from push list inspect pull delete help" -l host -d 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]' -r
complete -c mothership -n "__fish_mothership_using_subcommand services; and not __fish_seen_subcommand_from push list inspect pull delete help" -l username -d 'User name for basic auth' -r
complete -c mothership -n "__fish_mothership_using_subcommand services; and not __fish_seen_subcommand_from push list inspect pull delete help" -l password -d 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)' -r
complete -c mothership -n "__fish_mothership_using_subcommand services; and not __fish_seen_subcommand_from push list inspect pull delete help" -l cacert -d 'PEM file with the CA certificate (or the server\'s own) to trust' -r -F
complete -c mothership -n "__fish_mothership_using_subcommand services; and not __fish_seen_subcommand_from push list inspect pull delete help" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'JSON, for scripts'
yaml\t'YAML'
id\t'Only the IDs, one a line'"
complete -c mothership -n "__fish_mothership_using_subcommand services; and not __fish_seen_subcommand_from push list inspect pull delete help" -l insecure -d 'Do not verify the server\'s TLS certificate (unsafe; `mothership init` pins it instead)'
complete -c mothership -n "__fish_mothership_using_subcommand services; and not __fish_seen_subcommand_from push list inspect pull delete help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mothership -n "__fish_mothership_using_subcommand services; and not __fish_seen_subcommand_from push list inspect pull delete help" -s V -l version -d 'Print version'
complete -c mothership -n "__fish_mothership_using_subcommand services; and not __fish_seen_subcommand_from push list inspect pull delete help" -f -a "push" -d 'Store a service: tars DIR (skipping `build` directories and `.git`) and sends it; the name is --name, else the CMakeLists.txt\'s project(...), else its BINARY'
complete -c mothership -n "__fish_mothership_using_subcommand services; and not __fish_seen_subcommand_from push list inspect pull delete help" -f -a "list" -d 'List the services: bundled by builders and stored'
complete -c mothership -n "__fish_mothership_using_subcommand services; and not __fish_seen_subcommand_from push list inspect pull delete help" -f -a "inspect" -d 'Show one service'
complete -c mothership -n "__fish_mothership_using_subcommand services; and not __fish_seen_subcommand_from push list inspect pull delete help" -f -a "pull" -d 'Download a stored service\'s sources as a tar'
complete -c mothership -n "__fish_mothership_using_subcommand services; and not __fish_seen_subcommand_from push list inspect pull delete help" -f -a "delete" -d 'Delete a stored service'
complete -c mothership -n "__fish_mothership_using_subcommand services; and not __fish_seen_subcommand_from push list inspect pull delete help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mothership -n "__fish_mothership_using_subcommand services; and __fish_seen_subcommand_from push" -l name -d 'Store it under this name' -r
complete -c mothership -n "__fish_mothership_using_subcommand services; and __fish_seen_subcommand_from push" -l host -d 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]' -r
complete -c mothership -n "__fish_mothership_using_subcommand services; and __fish_seen_subcommand_from push" -l username -d 'User name for basic auth' -r
complete -c mothership -n "__fish_mothership_using_subcommand services; and __fish_seen_subcommand_from push" -l password -d 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)' -r
complete -c mothership -n "__fish_mothership_using_subcommand services; and __fish_seen_subcommand_from push" -l cacert -d 'PEM file with the CA certificate (or the server\'s own) to trust' -r -F
complete -c mothership -n "__fish_mothership_using_subcommand services; and __fish_seen_subcommand_from push" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'JSON, for scripts'
yaml\t'YAML'
id\t'Only the IDs, one a line'"
complete -c mothership -n "__fish_mothership_using_subcommand services; and __fish_seen_subcommand_from push" -l insecure -d 'Do not verify the server\'s TLS certificate (unsafe; `mothership init` pins it instead)'
complete -c mothership -n "__fish_mothership_using_subcommand services; and __fish_seen_subcommand_from push" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mothership -n "__fish_mothership_using_subcommand services; and __fish_seen_subcommand_from push" -s V -l version -d 'Print version'
complete -c mothership -n "__fish_mothership_using_subcommand services; and __fish_seen_subcommand_from list" -l host -d 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]' -r
complete -c mothership -n "__fish_mothership_using_subcommand services; and __fish_seen_subcommand_from list" -l username -d 'User name for basic auth' -r
complete -c mothership -n "__fish_mothership_using_subcommand services; and __fish_seen_subcommand_from list" -l password -d 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)' -r
complete -c mothership -n "__fish_mothership_using_subcommand services; and __fish_seen_subcommand_from list" -l cacert -d 'PEM file with the CA certificate (or the server\'s own) to trust' -r -F
complete -c mothership -n "__fish_mothership_using_subcommand services; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'JSON, for scripts'
yaml\t'YAML'
id\t'Only the IDs, one a line'"
complete -c mothership -n "__fish_mothership_using_subcommand services; and __fish_seen_subcommand_from list" -l insecure -d 'Do not verify the server\'s TLS certificate (unsafe; `mothership init` pins it instead)'
complete -c mothership -n "__fish_mothership_using_subcommand services; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mothership -n "__fish_mothership_using_subcommand services; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c mothership -n "__fish_mothership_using_subcommand services; and __fish_seen_subcommand_from inspect" -l host -d 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]' -r
complete -c mothership -n "__fish_mothership_using_subcommand services; and __fish_seen_subcommand_from inspect" -l username -d 'User name for basic auth' -r
complete -c mothership -n "__fish_mothership_using_subcommand services; and __fish_seen_subcommand_from inspect" -l password -d 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)' -r
complete -c mothership -n "__fish_mothership_using_subcommand services; and __fish_seen_subcommand_from inspect" -l cacert -d 'PEM file with the CA certificate (or the server\'s own) to trust' -r -F
complete -c mothership -n "__fish_mothership_using_subcommand services; and __fish_seen_subcommand_from inspect" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'JSON, for scripts'
yaml\t'YAML'
id\t'Only the IDs, one a line'"
complete -c mothership -n "__fish_mothership_using_subcommand services; and __fish_seen_subcommand_from inspect" -l insecure -d 'Do not verify the server\'s TLS certificate (unsafe; `mothership init` pins it instead)'
complete -c mothership -n "__fish_mothership_using_subcommand services; and __fish_seen_subcommand_from inspect" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mothership -n "__fish_mothership_using_subcommand services; and __fish_seen_subcommand_from inspect" -s V -l version -d 'Print version'
complete -c mothership -n "__fish_mothership_using_subcommand services; and __fish_seen_subcommand_from pull" -s f -l file -d 'Where to write the tar [default: NAME.tar]' -r -F
complete -c mothership -n "__fish_mothership_using_subcommand services; and __fish_seen_subcommand_from pull" -l host -d 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]' -r
complete -c mothership -n "__fish_mothership_using_subcommand services; and __fish_seen_subcommand_from pull" -l username -d 'User name for basic auth' -r
complete -c mothership -n "__fish_mothership_using_subcommand services; and __fish_seen_subcommand_from pull" -l password -d 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)' -r
complete -c mothership -n "__fish_mothership_using_subcommand services; and __fish_seen_subcommand_from pull" -l cacert -d 'PEM file with the CA certificate (or the server\'s own) to trust' -r -F
complete -c mothership -n "__fish_mothership_using_subcommand services; and __fish_seen_subcommand_from pull" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'JSON, for scripts'
yaml\t'YAML'
id\t'Only the IDs, one a line'"
complete -c mothership -n "__fish_mothership_using_subcommand services; and __fish_seen_subcommand_from pull" -l insecure -d 'Do not verify the server\'s TLS certificate (unsafe; `mothership init` pins it instead)'
complete -c mothership -n "__fish_mothership_using_subcommand services; and __fish_seen_subcommand_from pull" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mothership -n "__fish_mothership_using_subcommand services; and __fish_seen_subcommand_from pull" -s V -l version -d 'Print version'
complete -c mothership -n "__fish_mothership_using_subcommand services; and __fish_seen_subcommand_from delete" -l host -d 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]' -r
complete -c mothership -n "__fish_mothership_using_subcommand services; and __fish_seen_subcommand_from delete" -l username -d 'User name for basic auth' -r
complete -c mothership -n "__fish_mothership_using_subcommand services; and __fish_seen_subcommand_from delete" -l password -d 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)' -r
complete -c mothership -n "__fish_mothership_using_subcommand services; and __fish_seen_subcommand_from delete" -l cacert -d 'PEM file with the CA certificate (or the server\'s own) to trust' -r -F
complete -c mothership -n "__fish_mothership_using_subcommand services; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'JSON, for scripts'
yaml\t'YAML'
id\t'Only the IDs, one a line'"
complete -c mothership -n "__fish_mothership_using_subcommand services; and __fish_seen_subcommand_from delete" -l insecure -d 'Do not verify the server\'s TLS certificate (unsafe; `mothership init` pins it instead)'
complete -c mothership -n "__fish_mothership_using_subcommand services; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mothership -n "__fish_mothership_using_subcommand services; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c mothership -n "__fish_mothership_using_subcommand services; and __fish_seen_subcommand_from help" -f -a "push" -d 'Store a service: tars DIR (skipping `build` directories and `.git`) and sends it; the name is --name, else the CMakeLists.txt\'s project(...), else its BINARY'
complete -c mothership -n "__fish_mothership_using_subcommand services; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the services: bundled by builders and stored'
complete -c mothership -n "__fish_mothership_using_subcommand services; and __fish_seen_subcommand_from help" -f -a "inspect" -d 'Show one service'
complete -c mothership -n "__fish_mothership_using_subcommand services; and __fish_seen_subcommand_from help" -f -a "pull" -d 'Download a stored service\'s sources as a tar'
complete -c mothership -n "__fish_mothership_using_subcommand services; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a stored service'
complete -c mothership -n "__fish_mothership_using_subcommand services; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mothership -n "__fish_mothership_using_subcommand build" -l builder -d 'The builder to build with' -r
complete -c mothership -n "__fish_mothership_using_subcommand build" -l nacl-file -d 'A NaCl file to build with' -r -F
complete -c mothership -n "__fish_mothership_using_subcommand build" -l nacl -d 'A stored NaCl to build with, by ID or name' -r
complete -c mothership -n "__fish_mothership_using_subcommand build" -l uplink -d 'The uplink the image docks with, by ID or name [default: the default uplink]' -r
complete -c mothership -n "__fish_mothership_using_subcommand build" -l tag -d 'The image\'s tag (the name its instances report)' -r
complete -c mothership -n "__fish_mothership_using_subcommand build" -l host -d 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]' -r
complete -c mothership -n "__fish_mothership_using_subcommand build" -l username -d 'User name for basic auth' -r
complete -c mothership -n "__fish_mothership_using_subcommand build" -l password -d 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)' -r
complete -c mothership -n "__fish_mothership_using_subcommand build" -l cacert -d 'PEM file with the CA certificate (or the server\'s own) to trust' -r -F
complete -c mothership -n "__fish_mothership_using_subcommand build" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'JSON, for scripts'
yaml\t'YAML'
id\t'Only the IDs, one a line'"
complete -c mothership -n "__fish_mothership_using_subcommand build" -l detach -d 'Print the build ID and return at once instead of following the build'
complete -c mothership -n "__fish_mothership_using_subcommand build" -l insecure -d 'Do not verify the server\'s TLS certificate (unsafe; `mothership init` pins it instead)'
complete -c mothership -n "__fish_mothership_using_subcommand build" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mothership -n "__fish_mothership_using_subcommand build" -s V -l version -d 'Print version'
complete -c mothership -n "__fish_mothership_using_subcommand validate" -l builder -d 'Validate with this builder (IncludeOS\'s own NaCl.py) instead of checking here' -r
complete -c mothership -n "__fish_mothership_using_subcommand validate" -l host -d 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]' -r
complete -c mothership -n "__fish_mothership_using_subcommand validate" -l username -d 'User name for basic auth' -r
complete -c mothership -n "__fish_mothership_using_subcommand validate" -l password -d 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)' -r
complete -c mothership -n "__fish_mothership_using_subcommand validate" -l cacert -d 'PEM file with the CA certificate (or the server\'s own) to trust' -r -F
complete -c mothership -n "__fish_mothership_using_subcommand validate" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'JSON, for scripts'
yaml\t'YAML'
id\t'Only the IDs, one a line'"
complete -c mothership -n "__fish_mothership_using_subcommand validate" -l insecure -d 'Do not verify the server\'s TLS certificate (unsafe; `mothership init` pins it instead)'
complete -c mothership -n "__fish_mothership_using_subcommand validate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mothership -n "__fish_mothership_using_subcommand validate" -s V -l version -d 'Print version'
complete -c mothership -n "__fish_mothership_using_subcommand nacl; and not __fish_seen_subcommand_from fmt transpile help" -l host -d 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]' -r
complete -c mothership -n "__fish_mothership_using_subcommand nacl; and not __fish_seen_subcommand_from fmt transpile help" -l username -d 'User name for basic auth' -r
complete -c mothership -n "__fish_mothership_using_subcommand nacl; and not __fish_seen_subcommand_from fmt transpile help" -l password -d 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)' -r
complete -c mothership -n "__fish_mothership_using_subcommand nacl; and not __fish_seen_subcommand_from fmt transpile help" -l cacert -d 'PEM file with the CA certificate (or the server\'s own) to trust' -r -F
complete -c mothership -n "__fish_mothership_using_subcommand nacl; and not __fish_seen_subcommand_from fmt transpile help" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'JSON, for scripts'
yaml\t'YAML'
id\t'Only the IDs, one a line'"
complete -c mothership -n "__fish_mothership_using_subcommand nacl; and not __fish_seen_subcommand_from fmt transpile help" -l insecure -d 'Do not verify the server\'s TLS certificate (unsafe; `mothership init` pins it instead)'
complete -c mothership -n "__fish_mothership_using_subcommand nacl; and not __fish_seen_subcommand_from fmt transpile help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mothership -n "__fish_mothership_using_subcommand nacl; and not __fish_seen_subcommand_from fmt transpile help" -s V -l version -d 'Print version'
complete -c mothership -n "__fish_mothership_using_subcommand nacl; and not __fish_seen_subcommand_from fmt transpile help" -f -a "fmt" -d 'Lay a NaCl file out canonically, in place: one statement per line, four spaces per level, one space after each colon; comments and strings are kept as written'
complete -c mothership -n "__fish_mothership_using_subcommand nacl; and not __fish_seen_subcommand_from fmt transpile help" -f -a "transpile" -d 'Print the C++ that IncludeOS\'s NaCl transpiler (NaCl.py) makes of a NaCl file, the same text byte for byte; no server or builder needed'
complete -c mothership -n "__fish_mothership_using_subcommand nacl; and not __fish_seen_subcommand_from fmt transpile help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mothership -n "__fish_mothership_using_subcommand nacl; and __fish_seen_subcommand_from fmt" -l host -d 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]' -r
complete -c mothership -n "__fish_mothership_using_subcommand nacl; and __fish_seen_subcommand_from fmt" -l username -d 'User name for basic auth' -r
complete -c mothership -n "__fish_mothership_using_subcommand nacl; and __fish_seen_subcommand_from fmt" -l password -d 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)' -r
complete -c mothership -n "__fish_mothership_using_subcommand nacl; and __fish_seen_subcommand_from fmt" -l cacert -d 'PEM file with the CA certificate (or the server\'s own) to trust' -r -F
complete -c mothership -n "__fish_mothership_using_subcommand nacl; and __fish_seen_subcommand_from fmt" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'JSON, for scripts'
yaml\t'YAML'
id\t'Only the IDs, one a line'"
complete -c mothership -n "__fish_mothership_using_subcommand nacl; and __fish_seen_subcommand_from fmt" -l check -d 'Change nothing: exit 1 and name the file if formatting would change it'
complete -c mothership -n "__fish_mothership_using_subcommand nacl; and __fish_seen_subcommand_from fmt" -l insecure -d 'Do not verify the server\'s TLS certificate (unsafe; `mothership init` pins it instead)'
complete -c mothership -n "__fish_mothership_using_subcommand nacl; and __fish_seen_subcommand_from fmt" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mothership -n "__fish_mothership_using_subcommand nacl; and __fish_seen_subcommand_from fmt" -s V -l version -d 'Print version'
complete -c mothership -n "__fish_mothership_using_subcommand nacl; and __fish_seen_subcommand_from transpile" -l host -d 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]' -r
complete -c mothership -n "__fish_mothership_using_subcommand nacl; and __fish_seen_subcommand_from transpile" -l username -d 'User name for basic auth' -r
complete -c mothership -n "__fish_mothership_using_subcommand nacl; and __fish_seen_subcommand_from transpile" -l password -d 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)' -r
complete -c mothership -n "__fish_mothership_using_subcommand nacl; and __fish_seen_subcommand_from transpile" -l cacert -d 'PEM file with the CA certificate (or the server\'s own) to trust' -r -F
complete -c mothership -n "__fish_mothership_using_subcommand nacl; and __fish_seen_subcommand_from transpile" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'JSON, for scripts'
yaml\t'YAML'
id\t'Only the IDs, one a line'"
complete -c mothership -n "__fish_mothership_using_subcommand nacl; and __fish_seen_subcommand_from transpile" -l insecure -d 'Do not verify the server\'s TLS certificate (unsafe; `mothership init` pins it instead)'
complete -c mothership -n "__fish_mothership_using_subcommand nacl; and __fish_seen_subcommand_from transpile" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mothership -n "__fish_mothership_using_subcommand nacl; and __fish_seen_subcommand_from transpile" -s V -l version -d 'Print version'
complete -c mothership -n "__fish_mothership_using_subcommand nacl; and __fish_seen_subcommand_from help" -f -a "fmt" -d 'Lay a NaCl file out canonically, in place: one statement per line, four spaces per level, one space after each colon; comments and strings are kept as written'
complete -c mothership -n "__fish_mothership_using_subcommand nacl; and __fish_seen_subcommand_from help" -f -a "transpile" -d 'Print the C++ that IncludeOS\'s NaCl transpiler (NaCl.py) makes of a NaCl file, the same text byte for byte; no server or builder needed'
complete -c mothership -n "__fish_mothership_using_subcommand nacl; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mothership -n "__fish_mothership_using_subcommand upgrade" -l nacl -d 'The stored NaCl to build with, by id or name [default: the NaCl of the image it runs]' -r
complete -c mothership -n "__fish_mothership_using_subcommand upgrade" -l builder -d 'The builder to build with [default: the newest of the instance\'s IncludeOS version, else the newest]' -r
complete -c mothership -n "__fish_mothership_using_subcommand upgrade" -l tag -d 'The new image\'s tag' -r
complete -c mothership -n "__fish_mothership_using_subcommand upgrade" -l host -d 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]' -r
complete -c mothership -n "__fish_mothership_using_subcommand upgrade" -l username -d 'User name for basic auth' -r
complete -c mothership -n "__fish_mothership_using_subcommand upgrade" -l password -d 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)' -r
complete -c mothership -n "__fish_mothership_using_subcommand upgrade" -l cacert -d 'PEM file with the CA certificate (or the server\'s own) to trust' -r -F
complete -c mothership -n "__fish_mothership_using_subcommand upgrade" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'JSON, for scripts'
yaml\t'YAML'
id\t'Only the IDs, one a line'"
complete -c mothership -n "__fish_mothership_using_subcommand upgrade" -l force -d 'Deploy even when the uplink url or IncludeOS version checks fail'
complete -c mothership -n "__fish_mothership_using_subcommand upgrade" -s d -l detach -d 'Print the upgrade id and return at once instead of following the upgrade'
complete -c mothership -n "__fish_mothership_using_subcommand upgrade" -s w -l wait -d 'Accepted for compatibility: following is the default now'
complete -c mothership -n "__fish_mothership_using_subcommand upgrade" -l insecure -d 'Do not verify the server\'s TLS certificate (unsafe; `mothership init` pins it instead)'
complete -c mothership -n "__fish_mothership_using_subcommand upgrade" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mothership -n "__fish_mothership_using_subcommand upgrade" -s V -l version -d 'Print version'
complete -c mothership -n "__fish_mothership_using_subcommand upgrades; and not __fish_seen_subcommand_from list ls show help" -s i -l instance -d 'Only upgrades of this instance (ID, unique start of one, or alias)' -r
complete -c mothership -n "__fish_mothership_using_subcommand upgrades; and not __fish_seen_subcommand_from list ls show help" -l status -d 'Only upgrades with this status' -r -f -a "building\t''
deploying\t''
verified\t''
failed\t''
cancelled\t''"
complete -c mothership -n "__fish_mothership_using_subcommand upgrades; and not __fish_seen_subcommand_from list ls show help" -s s -l search -d 'Only upgrades whose ID, instance, build or deploy ID contain this' -r
complete -c mothership -n "__fish_mothership_using_subcommand upgrades; and not __fish_seen_subcommand_from list ls show help" -l limit -d 'Show at most this many [default: 100]' -r
complete -c mothership -n "__fish_mothership_using_subcommand upgrades; and not __fish_seen_subcommand_from list ls show help" -l host -d 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]' -r
complete -c mothership -n "__fish_mothership_using_subcommand upgrades; and not __fish_seen_subcommand_from list ls show help" -l username -d 'User name for basic auth' -r
complete -c mothership -n "__fish_mothership_using_subcommand upgrades; and not __fish_seen_subcommand_from list ls show help" -l password -d 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)' -r
complete -c mothership -n "__fish_mothership_using_subcommand upgrades; and not __fish_seen_subcommand_from list ls show help" -l cacert -d 'PEM file with the CA certificate (or the server\'s own) to trust' -r -F
complete -c mothership -n "__fish_mothership_using_subcommand upgrades; and not __fish_seen_subcommand_from list ls show help" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'JSON, for scripts'
yaml\t'YAML'
id\t'Only the IDs, one a line'"
complete -c mothership -n "__fish_mothership_using_subcommand upgrades; and not __fish_seen_subcommand_from list ls show help" -l insecure -d 'Do not verify the server\'s TLS certificate (unsafe; `mothership init` pins it instead)'
complete -c mothership -n "__fish_mothership_using_subcommand upgrades; and not __fish_seen_subcommand_from list ls show help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mothership -n "__fish_mothership_using_subcommand upgrades; and not __fish_seen_subcommand_from list ls show help" -s V -l version -d 'Print version'
complete -c mothership -n "__fish_mothership_using_subcommand upgrades; and not __fish_seen_subcommand_from list ls show help" -f -a "list" -d 'List upgrades (newest first)'
complete -c mothership -n "__fish_mothership_using_subcommand upgrades; and not __fish_seen_subcommand_from list ls show help" -f -a "ls" -d 'List upgrades (newest first)'
complete -c mothership -n "__fish_mothership_using_subcommand upgrades; and not __fish_seen_subcommand_from list ls show help" -f -a "show" -d 'Show an upgrade with its build and deploy'
complete -c mothership -n "__fish_mothership_using_subcommand upgrades; and not __fish_seen_subcommand_from list ls show help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mothership -n "__fish_mothership_using_subcommand upgrades; and __fish_seen_subcommand_from list" -s i -l instance -d 'Only upgrades of this instance (ID, unique start of one, or alias)' -r
complete -c mothership -n "__fish_mothership_using_subcommand upgrades; and __fish_seen_subcommand_from list" -l status -d 'Only upgrades with this status' -r -f -a "building\t''
deploying\t''
verified\t''
failed\t''
cancelled\t''"
complete -c mothership -n "__fish_mothership_using_subcommand upgrades; and __fish_seen_subcommand_from list" -s s -l search -d 'Only upgrades whose ID, instance, build or deploy ID contain this' -r
complete -c mothership -n "__fish_mothership_using_subcommand upgrades; and __fish_seen_subcommand_from list" -l limit -d 'Show at most this many [default: 100]' -r
complete -c mothership -n "__fish_mothership_using_subcommand upgrades; and __fish_seen_subcommand_from list" -l host -d 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]' -r
complete -c mothership -n "__fish_mothership_using_subcommand upgrades; and __fish_seen_subcommand_from list" -l username -d 'User name for basic auth' -r
complete -c mothership -n "__fish_mothership_using_subcommand upgrades; and __fish_seen_subcommand_from list" -l password -d 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)' -r
complete -c mothership -n "__fish_mothership_using_subcommand upgrades; and __fish_seen_subcommand_from list" -l cacert -d 'PEM file with the CA certificate (or the server\'s own) to trust' -r -F
complete -c mothership -n "__fish_mothership_using_subcommand upgrades; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'JSON, for scripts'
yaml\t'YAML'
id\t'Only the IDs, one a line'"
complete -c mothership -n "__fish_mothership_using_subcommand upgrades; and __fish_seen_subcommand_from list" -l insecure -d 'Do not verify the server\'s TLS certificate (unsafe; `mothership init` pins it instead)'
complete -c mothership -n "__fish_mothership_using_subcommand upgrades; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mothership -n "__fish_mothership_using_subcommand upgrades; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c mothership -n "__fish_mothership_using_subcommand upgrades; and __fish_seen_subcommand_from ls" -s i -l instance -d 'Only upgrades of this instance (ID, unique start of one, or alias)' -r
complete -c mothership -n "__fish_mothership_using_subcommand upgrades; and __fish_seen_subcommand_from ls" -l status -d 'Only upgrades with this status' -r -f -a "building\t''
deploying\t''
verified\t''
failed\t''
cancelled\t''"
complete -c mothership -n "__fish_mothership_using_subcommand upgrades; and __fish_seen_subcommand_from ls" -s s -l search -d 'Only upgrades whose ID, instance, build or deploy ID contain this' -r
complete -c mothership -n "__fish_mothership_using_subcommand upgrades; and __fish_seen_subcommand_from ls" -l limit -d 'Show at most this many [default: 100]' -r
complete -c mothership -n "__fish_mothership_using_subcommand upgrades; and __fish_seen_subcommand_from ls" -l host -d 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]' -r
complete -c mothership -n "__fish_mothership_using_subcommand upgrades; and __fish_seen_subcommand_from ls" -l username -d 'User name for basic auth' -r
complete -c mothership -n "__fish_mothership_using_subcommand upgrades; and __fish_seen_subcommand_from ls" -l password -d 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)' -r
complete -c mothership -n "__fish_mothership_using_subcommand upgrades; and __fish_seen_subcommand_from ls" -l cacert -d 'PEM file with the CA certificate (or the server\'s own) to trust' -r -F
complete -c mothership -n "__fish_mothership_using_subcommand upgrades; and __fish_seen_subcommand_from ls" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'JSON, for scripts'
yaml\t'YAML'
id\t'Only the IDs, one a line'"
complete -c mothership -n "__fish_mothership_using_subcommand upgrades; and __fish_seen_subcommand_from ls" -l insecure -d 'Do not verify the server\'s TLS certificate (unsafe; `mothership init` pins it instead)'
complete -c mothership -n "__fish_mothership_using_subcommand upgrades; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mothership -n "__fish_mothership_using_subcommand upgrades; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c mothership -n "__fish_mothership_using_subcommand upgrades; and __fish_seen_subcommand_from show" -l host -d 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]' -r
complete -c mothership -n "__fish_mothership_using_subcommand upgrades; and __fish_seen_subcommand_from show" -l username -d 'User name for basic auth' -r
complete -c mothership -n "__fish_mothership_using_subcommand upgrades; and __fish_seen_subcommand_from show" -l password -d 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)' -r
complete -c mothership -n "__fish_mothership_using_subcommand upgrades; and __fish_seen_subcommand_from show" -l cacert -d 'PEM file with the CA certificate (or the server\'s own) to trust' -r -F
complete -c mothership -n "__fish_mothership_using_subcommand upgrades; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'JSON, for scripts'
yaml\t'YAML'
id\t'Only the IDs, one a line'"
complete -c mothership -n "__fish_mothership_using_subcommand upgrades; and __fish_seen_subcommand_from show" -l insecure -d 'Do not verify the server\'s TLS certificate (unsafe; `mothership init` pins it instead)'
complete -c mothership -n "__fish_mothership_using_subcommand upgrades; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mothership -n "__fish_mothership_using_subcommand upgrades; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c mothership -n "__fish_mothership_using_subcommand upgrades; and __fish_seen_subcommand_from help" -f -a "list" -d 'List upgrades (newest first)'
complete -c mothership -n "__fish_mothership_using_subcommand upgrades; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show an upgrade with its build and deploy'
complete -c mothership -n "__fish_mothership_using_subcommand upgrades; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mothership -n "__fish_mothership_using_subcommand rollout; and not __fish_seen_subcommand_from start list ls show pause resume cancel rollback help" -l host -d 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]' -r
complete -c mothership -n "__fish_mothership_using_subcommand rollout; and not __fish_seen_subcommand_from start list ls show pause resume cancel rollback help" -l username -d 'User name for basic auth' -r
complete -c mothership -n "__fish_mothership_using_subcommand rollout; and not __fish_seen_subcommand_from start list ls show pause resume cancel rollback help" -l password -d 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)' -r
complete -c mothership -n "__fish_mothership_using_subcommand rollout; and not __fish_seen_subcommand_from start list ls show pause resume cancel rollback help" -l cacert -d 'PEM file with the CA certificate (or the server\'s own) to trust' -r -F
complete -c mothership -n "__fish_mothership_using_subcommand rollout; and not __fish_seen_subcommand_from start list ls show pause resume cancel rollback help" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'JSON, for scripts'
yaml\t'YAML'
id\t'Only the IDs, one a line'"
complete -c mothership -n "__fish_mothership_using_subcommand rollout; and not __fish_seen_subcommand_from start list ls show pause resume cancel rollback help" -l insecure -d 'Do not verify the server\'s TLS certificate (unsafe; `mothership init` pins it instead)'
complete -c mothership -n "__fish_mothership_using_subcommand rollout; and not __fish_seen_subcommand_from start list ls show pause resume cancel rollback help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mothership -n "__fish_mothership_using_subcommand rollout; and not __fish_seen_subcommand_from start list ls show pause resume cancel rollback help" -s V -l version -d 'Print version'
complete -c mothership -n "__fish_mothership_using_subcommand rollout; and not __fish_seen_subcommand_from start list ls show pause resume cancel rollback help" -f -a "start" -d 'Roll an image out to the instances a selector picks, in waves'
complete -c mothership -n "__fish_mothership_using_subcommand rollout; and not __fish_seen_subcommand_from start list ls show pause resume cancel rollback help" -f -a "list" -d 'List rollouts (newest first)'
complete -c mothership -n "__fish_mothership_using_subcommand rollout; and not __fish_seen_subcommand_from start list ls show pause resume cancel rollback help" -f -a "ls" -d 'List rollouts (newest first)'
complete -c mothership -n "__fish_mothership_using_subcommand rollout; and not __fish_seen_subcommand_from start list ls show pause resume cancel rollback help" -f -a "show" -d 'Show a rollout: its waves and every instance\'s outcome'
complete -c mothership -n "__fish_mothership_using_subcommand rollout; and not __fish_seen_subcommand_from start list ls show pause resume cancel rollback help" -f -a "pause" -d 'Pause a running rollout: nothing new starts, updates under way finish'
complete -c mothership -n "__fish_mothership_using_subcommand rollout; and not __fish_seen_subcommand_from start list ls show pause resume cancel rollback help" -f -a "resume" -d 'Resume a paused rollout'
complete -c mothership -n "__fish_mothership_using_subcommand rollout; and not __fish_seen_subcommand_from start list ls show pause resume cancel rollback help" -f -a "cancel" -d 'Cancel a rollout (emergency stop): nothing new starts, queued instances are skipped'
complete -c mothership -n "__fish_mothership_using_subcommand rollout; and not __fish_seen_subcommand_from start list ls show pause resume cancel rollback help" -f -a "rollback" -d 'Roll a rollout back: every instance it updated (or failed) gets its previous image'
complete -c mothership -n "__fish_mothership_using_subcommand rollout; and not __fish_seen_subcommand_from start list ls show pause resume cancel rollback help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mothership -n "__fish_mothership_using_subcommand rollout; and __fish_seen_subcommand_from start" -l selector -d 'Which instances: tag=T, service=S, version=V (IncludeOS), instances=ID,ID,...; repeat to combine filters' -r
complete -c mothership -n "__fish_mothership_using_subcommand rollout; and __fish_seen_subcommand_from start" -l waves -d 'Wave sizes, comma-separated: a count (5) or a share (10%); the first is the canary' -r
complete -c mothership -n "__fish_mothership_using_subcommand rollout; and __fish_seen_subcommand_from start" -l threshold -d 'Percent of a wave that must verify for the next one to start [default: 100]' -r
complete -c mothership -n "__fish_mothership_using_subcommand rollout; and __fish_seen_subcommand_from start" -l error-threshold -d 'Percent of a wave whose failure pauses the rollout at once' -r
complete -c mothership -n "__fish_mothership_using_subcommand rollout; and __fish_seen_subcommand_from start" -l soak -d 'Seconds between a wave passing and the next one starting' -r
complete -c mothership -n "__fish_mothership_using_subcommand rollout; and __fish_seen_subcommand_from start" -l concurrency -d 'Instances of a wave updated at the same time [default: 100]' -r
complete -c mothership -n "__fish_mothership_using_subcommand rollout; and __fish_seen_subcommand_from start" -l host -d 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]' -r
complete -c mothership -n "__fish_mothership_using_subcommand rollout; and __fish_seen_subcommand_from start" -l username -d 'User name for basic auth' -r
complete -c mothership -n "__fish_mothership_using_subcommand rollout; and __fish_seen_subcommand_from start" -l password -d 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)' -r
complete -c mothership -n "__fish_mothership_using_subcommand rollout; and __fish_seen_subcommand_from start" -l cacert -d 'PEM file with the CA certificate (or the server\'s own) to trust' -r -F
complete -c mothership -n "__fish_mothership_using_subcommand rollout; and __fish_seen_subcommand_from start" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'JSON, for scripts'
yaml\t'YAML'
id\t'Only the IDs, one a line'"
complete -c mothership -n "__fish_mothership_using_subcommand rollout; and __fish_seen_subcommand_from start" -l rollback -d 'On failures that pause the rollout, put the failed instances back on their previous image'
complete -c mothership -n "__fish_mothership_using_subcommand rollout; and __fish_seen_subcommand_from start" -l build-per-version -d 'Selected instances run several IncludeOS versions: build the image (a stored build) again for each other version with its newest builder, each instance getting its version\'s image'
complete -c mothership -n "__fish_mothership_using_subcommand rollout; and __fish_seen_subcommand_from start" -l insecure -d 'Do not verify the server\'s TLS certificate (unsafe; `mothership init` pins it instead)'
complete -c mothership -n "__fish_mothership_using_subcommand rollout; and __fish_seen_subcommand_from start" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mothership -n "__fish_mothership_using_subcommand rollout; and __fish_seen_subcommand_from start" -s V -l version -d 'Print version'
complete -c mothership -n "__fish_mothership_using_subcommand rollout; and __fish_seen_subcommand_from list" -l status -d 'Only rollouts with this status' -r -f -a "running\t''
paused\t''
completed\t''
cancelled\t''
rolling_back\t''
rolled_back\t''
interrupted\t''"
complete -c mothership -n "__fish_mothership_using_subcommand rollout; and __fish_seen_subcommand_from list" -s s -l search -d 'Only rollouts whose ID, image or instances contain this' -r
complete -c mothership -n "__fish_mothership_using_subcommand rollout; and __fish_seen_subcommand_from list" -l limit -d 'Show at most this many [default: 100]' -r
complete -c mothership -n "__fish_mothership_using_subcommand rollout; and __fish_seen_subcommand_from list" -l host -d 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]' -r
complete -c mothership -n "__fish_mothership_using_subcommand rollout; and __fish_seen_subcommand_from list" -l username -d 'User name for basic auth' -r
complete -c mothership -n "__fish_mothership_using_subcommand rollout; and __fish_seen_subcommand_from list" -l password -d 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)' -r
complete -c mothership -n "__fish_mothership_using_subcommand rollout; and __fish_seen_subcommand_from list" -l cacert -d 'PEM file with the CA certificate (or the server\'s own) to trust' -r -F
complete -c mothership -n "__fish_mothership_using_subcommand rollout; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'JSON, for scripts'
yaml\t'YAML'
id\t'Only the IDs, one a line'"
complete -c mothership -n "__fish_mothership_using_subcommand rollout; and __fish_seen_subcommand_from list" -l insecure -d 'Do not verify the server\'s TLS certificate (unsafe; `mothership init` pins it instead)'
complete -c mothership -n "__fish_mothership_using_subcommand rollout; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mothership -n "__fish_mothership_using_subcommand rollout; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c mothership -n "__fish_mothership_using_subcommand rollout; and __fish_seen_subcommand_from ls" -l status -d 'Only rollouts with this status' -r -f -a "running\t''
paused\t''
completed\t''
cancelled\t''
rolling_back\t''
rolled_back\t''
interrupted\t''"
complete -c mothership -n "__fish_mothership_using_subcommand rollout; and __fish_seen_subcommand_from ls" -s s -l search -d 'Only rollouts whose ID, image or instances contain this' -r
complete -c mothership -n "__fish_mothership_using_subcommand rollout; and __fish_seen_subcommand_from ls" -l limit -d 'Show at most this many [default: 100]' -r
complete -c mothership -n "__fish_mothership_using_subcommand rollout; and __fish_seen_subcommand_from ls" -l host -d 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]' -r
complete -c mothership -n "__fish_mothership_using_subcommand rollout; and __fish_seen_subcommand_from ls" -l username -d 'User name for basic auth' -r
complete -c mothership -n "__fish_mothership_using_subcommand rollout; and __fish_seen_subcommand_from ls" -l password -d 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)' -r
complete -c mothership -n "__fish_mothership_using_subcommand rollout; and __fish_seen_subcommand_from ls" -l cacert -d 'PEM file with the CA certificate (or the server\'s own) to trust' -r -F
complete -c mothership -n "__fish_mothership_using_subcommand rollout; and __fish_seen_subcommand_from ls" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'JSON, for scripts'
yaml\t'YAML'
id\t'Only the IDs, one a line'"
complete -c mothership -n "__fish_mothership_using_subcommand rollout; and __fish_seen_subcommand_from ls" -l insecure -d 'Do not verify the server\'s TLS certificate (unsafe; `mothership init` pins it instead)'
complete -c mothership -n "__fish_mothership_using_subcommand rollout; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mothership -n "__fish_mothership_using_subcommand rollout; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c mothership -n "__fish_mothership_using_subcommand rollout; and __fish_seen_subcommand_from show" -l host -d 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]' -r
complete -c mothership -n "__fish_mothership_using_subcommand rollout; and __fish_seen_subcommand_from show" -l username -d 'User name for basic auth' -r
complete -c mothership -n "__fish_mothership_using_subcommand rollout; and __fish_seen_subcommand_from show" -l password -d 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)' -r
complete -c mothership -n "__fish_mothership_using_subcommand rollout; and __fish_seen_subcommand_from show" -l cacert -d 'PEM file with the CA certificate (or the server\'s own) to trust' -r -F
complete -c mothership -n "__fish_mothership_using_subcommand rollout; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'JSON, for scripts'
yaml\t'YAML'
id\t'Only the IDs, one a line'"
complete -c mothership -n "__fish_mothership_using_subcommand rollout; and __fish_seen_subcommand_from show" -s f -l follow -d 'Keep printing progress until the rollout pauses or ends: a bar per wave on a terminal, plain lines when piped'
complete -c mothership -n "__fish_mothership_using_subcommand rollout; and __fish_seen_subcommand_from show" -l insecure -d 'Do not verify the server\'s TLS certificate (unsafe; `mothership init` pins it instead)'
complete -c mothership -n "__fish_mothership_using_subcommand rollout; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mothership -n "__fish_mothership_using_subcommand rollout; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c mothership -n "__fish_mothership_using_subcommand rollout; and __fish_seen_subcommand_from pause" -l host -d 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]' -r
complete -c mothership -n "__fish_mothership_using_subcommand rollout; and __fish_seen_subcommand_from pause" -l username -d 'User name for basic auth' -r
complete -c mothership -n "__fish_mothership_using_subcommand rollout; and __fish_seen_subcommand_from pause" -l password -d 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)' -r
complete -c mothership -n "__fish_mothership_using_subcommand rollout; and __fish_seen_subcommand_from pause" -l cacert -d 'PEM file with the CA certificate (or the server\'s own) to trust' -r -F
complete -c mothership -n "__fish_mothership_using_subcommand rollout; and __fish_seen_subcommand_from pause" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'JSON, for scripts'
yaml\t'YAML'
id\t'Only the IDs, one a line'"
complete -c mothership -n "__fish_mothership_using_subcommand rollout; and __fish_seen_subcommand_from pause" -l insecure -d 'Do not verify the server\'s TLS certificate (unsafe; `mothership init` pins it instead)'
complete -c mothership -n "__fish_mothership_using_subcommand rollout; and __fish_seen_subcommand_from pause" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mothership -n "__fish_mothership_using_subcommand rollout; and __fish_seen_subcommand_from pause" -s V -l version -d 'Print version'
complete -c mothership -n "__fish_mothership_using_subcommand rollout; and __fish_seen_subcommand_from resume" -l host -d 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]' -r
complete -c mothership -n "__fish_mothership_using_subcommand rollout; and __fish_seen_subcommand_from resume" -l username -d 'User name for basic auth' -r
complete -c mothership -n "__fish_mothership_using_subcommand rollout; and __fish_seen_subcommand_from resume" -l password -d 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)' -r
complete -c mothership -n "__fish_mothership_using_subcommand rollout; and __fish_seen_subcommand_from resume" -l cacert -d 'PEM file with the CA certificate (or the server\'s own) to trust' -r -F
complete -c mothership -n "__fish_mothership_using_subcommand rollout; and __fish_seen_subcommand_from resume" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'JSON, for scripts'
yaml\t'YAML'
id\t'Only the IDs, one a line'"
complete -c mothership -n "__fish_mothership_using_subcommand rollout; and __fish_seen_subcommand_from resume" -l insecure -d 'Do not verify the server\'s TLS certificate (unsafe; `mothership init` pins it instead)'
complete -c mothership -n "__fish_mothership_using_subcommand rollout; and __fish_seen_subcommand_from resume" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mothership -n "__fish_mothership_using_subcommand rollout; and __fish_seen_subcommand_from resume" -s V -l version -d 'Print version'
complete -c mothership -n "__fish_mothership_using_subcommand rollout; and __fish_seen_subcommand_from cancel" -l host -d 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]' -r
complete -c mothership -n "__fish_mothership_using_subcommand rollout; and __fish_seen_subcommand_from cancel" -l username -d 'User name for basic auth' -r
complete -c mothership -n "__fish_mothership_using_subcommand rollout; and __fish_seen_subcommand_from cancel" -l password -d 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)' -r
complete -c mothership -n "__fish_mothership_using_subcommand rollout; and __fish_seen_subcommand_from cancel" -l cacert -d 'PEM file with the CA certificate (or the server\'s own) to trust' -r -F
complete -c mothership -n "__fish_mothership_using_subcommand rollout; and __fish_seen_subcommand_from cancel" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'JSON, for scripts'
yaml\t'YAML'
id\t'Only the IDs, one a line'"
complete -c mothership -n "__fish_mothership_using_subcommand rollout; and __fish_seen_subcommand_from cancel" -l insecure -d 'Do not verify the server\'s TLS certificate (unsafe; `mothership init` pins it instead)'
complete -c mothership -n "__fish_mothership_using_subcommand rollout; and __fish_seen_subcommand_from cancel" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mothership -n "__fish_mothership_using_subcommand rollout; and __fish_seen_subcommand_from cancel" -s V -l version -d 'Print version'
complete -c mothership -n "__fish_mothership_using_subcommand rollout; and __fish_seen_subcommand_from rollback" -l host -d 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]' -r
complete -c mothership -n "__fish_mothership_using_subcommand rollout; and __fish_seen_subcommand_from rollback" -l username -d 'User name for basic auth' -r
complete -c mothership -n "__fish_mothership_using_subcommand rollout; and __fish_seen_subcommand_from rollback" -l password -d 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)' -r
complete -c mothership -n "__fish_mothership_using_subcommand rollout; and __fish_seen_subcommand_from rollback" -l cacert -d 'PEM file with the CA certificate (or the server\'s own) to trust' -r -F
complete -c mothership -n "__fish_mothership_using_subcommand rollout; and __fish_seen_subcommand_from rollback" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'JSON, for scripts'
yaml\t'YAML'
id\t'Only the IDs, one a line'"
complete -c mothership -n "__fish_mothership_using_subcommand rollout; and __fish_seen_subcommand_from rollback" -l insecure -d 'Do not verify the server\'s TLS certificate (unsafe; `mothership init` pins it instead)'
complete -c mothership -n "__fish_mothership_using_subcommand rollout; and __fish_seen_subcommand_from rollback" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mothership -n "__fish_mothership_using_subcommand rollout; and __fish_seen_subcommand_from rollback" -s V -l version -d 'Print version'
complete -c mothership -n "__fish_mothership_using_subcommand rollout; and __fish_seen_subcommand_from help" -f -a "start" -d 'Roll an image out to the instances a selector picks, in waves'
complete -c mothership -n "__fish_mothership_using_subcommand rollout; and __fish_seen_subcommand_from help" -f -a "list" -d 'List rollouts (newest first)'
complete -c mothership -n "__fish_mothership_using_subcommand rollout; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show a rollout: its waves and every instance\'s outcome'
complete -c mothership -n "__fish_mothership_using_subcommand rollout; and __fish_seen_subcommand_from help" -f -a "pause" -d 'Pause a running rollout: nothing new starts, updates under way finish'
complete -c mothership -n "__fish_mothership_using_subcommand rollout; and __fish_seen_subcommand_from help" -f -a "resume" -d 'Resume a paused rollout'
complete -c mothership -n "__fish_mothership_using_subcommand rollout; and __fish_seen_subcommand_from help" -f -a "cancel" -d 'Cancel a rollout (emergency stop): nothing new starts, queued instances are skipped'
complete -c mothership -n "__fish_mothership_using_subcommand rollout; and __fish_seen_subcommand_from help" -f -a "rollback" -d 'Roll a rollout back: every instance it updated (or failed) gets its previous image'
complete -c mothership -n "__fish_mothership_using_subcommand rollout; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mothership -n "__fish_mothership_using_subcommand events" -s t -l type -d 'Only events of this type, or of types starting with a prefix ending in `*` (repeat for several, or give a comma list)' -r
complete -c mothership -n "__fish_mothership_using_subcommand events" -l since -d 'Only events after this event id' -r
complete -c mothership -n "__fish_mothership_using_subcommand events" -l host -d 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]' -r
complete -c mothership -n "__fish_mothership_using_subcommand events" -l username -d 'User name for basic auth' -r
complete -c mothership -n "__fish_mothership_using_subcommand events" -l password -d 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)' -r
complete -c mothership -n "__fish_mothership_using_subcommand events" -l cacert -d 'PEM file with the CA certificate (or the server\'s own) to trust' -r -F
complete -c mothership -n "__fish_mothership_using_subcommand events" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'JSON, for scripts'
yaml\t'YAML'
id\t'Only the IDs, one a line'"
complete -c mothership -n "__fish_mothership_using_subcommand events" -s f -l follow -d 'Keep printing events as they happen (reconnects, resuming where it stopped)'
complete -c mothership -n "__fish_mothership_using_subcommand events" -l insecure -d 'Do not verify the server\'s TLS certificate (unsafe; `mothership init` pins it instead)'
complete -c mothership -n "__fish_mothership_using_subcommand events" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mothership -n "__fish_mothership_using_subcommand events" -s V -l version -d 'Print version'
complete -c mothership -n "__fish_mothership_using_subcommand webhooks; and not __fish_seen_subcommand_from add list ls show delete rm help" -l host -d 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]' -r
complete -c mothership -n "__fish_mothership_using_subcommand webhooks; and not __fish_seen_subcommand_from add list ls show delete rm help" -l username -d 'User name for basic auth' -r
complete -c mothership -n "__fish_mothership_using_subcommand webhooks; and not __fish_seen_subcommand_from add list ls show delete rm help" -l password -d 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)' -r
complete -c mothership -n "__fish_mothership_using_subcommand webhooks; and not __fish_seen_subcommand_from add list ls show delete rm help" -l cacert -d 'PEM file with the CA certificate (or the server\'s own) to trust' -r -F
complete -c mothership -n "__fish_mothership_using_subcommand webhooks; and not __fish_seen_subcommand_from add list ls show delete rm help" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'JSON, for scripts'
yaml\t'YAML'
id\t'Only the IDs, one a line'"
complete -c mothership -n "__fish_mothership_using_subcommand webhooks; and not __fish_seen_subcommand_from add list ls show delete rm help" -l insecure -d 'Do not verify the server\'s TLS certificate (unsafe; `mothership init` pins it instead)'
complete -c mothership -n "__fish_mothership_using_subcommand webhooks; and not __fish_seen_subcommand_from add list ls show delete rm help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mothership -n "__fish_mothership_using_subcommand webhooks; and not __fish_seen_subcommand_from add list ls show delete rm help" -s V -l version -d 'Print version'
complete -c mothership -n "__fish_mothership_using_subcommand webhooks; and not __fish_seen_subcommand_from add list ls show delete rm help" -f -a "add" -d 'Register a URL to POST events to; prints the secret deliveries are signed with, once'
complete -c mothership -n "__fish_mothership_using_subcommand webhooks; and not __fish_seen_subcommand_from add list ls show delete rm help" -f -a "list" -d 'List webhooks and how their deliveries go'
complete -c mothership -n "__fish_mothership_using_subcommand webhooks; and not __fish_seen_subcommand_from add list ls show delete rm help" -f -a "ls" -d 'List webhooks and how their deliveries go'
complete -c mothership -n "__fish_mothership_using_subcommand webhooks; and not __fish_seen_subcommand_from add list ls show delete rm help" -f -a "show" -d 'Show a webhook and its last delivery'
complete -c mothership -n "__fish_mothership_using_subcommand webhooks; and not __fish_seen_subcommand_from add list ls show delete rm help" -f -a "delete" -d 'Delete a webhook (what is queued for it is dropped)'
complete -c mothership -n "__fish_mothership_using_subcommand webhooks; and not __fish_seen_subcommand_from add list ls show delete rm help" -f -a "rm" -d 'Delete a webhook (what is queued for it is dropped)'
complete -c mothership -n "__fish_mothership_using_subcommand webhooks; and not __fish_seen_subcommand_from add list ls show delete rm help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mothership -n "__fish_mothership_using_subcommand webhooks; and __fish_seen_subcommand_from add" -s e -l event -d 'An event type or `prefix*` to deliver (repeat for several) [default: every event]' -r
complete -c mothership -n "__fish_mothership_using_subcommand webhooks; and __fish_seen_subcommand_from add" -l secret -d 'The signing secret [default: generated, and printed once]' -r
complete -c mothership -n "__fish_mothership_using_subcommand webhooks; and __fish_seen_subcommand_from add" -l host -d 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]' -r
complete -c mothership -n "__fish_mothership_using_subcommand webhooks; and __fish_seen_subcommand_from add" -l username -d 'User name for basic auth' -r
complete -c mothership -n "__fish_mothership_using_subcommand webhooks; and __fish_seen_subcommand_from add" -l password -d 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)' -r
complete -c mothership -n "__fish_mothership_using_subcommand webhooks; and __fish_seen_subcommand_from add" -l cacert -d 'PEM file with the CA certificate (or the server\'s own) to trust' -r -F
complete -c mothership -n "__fish_mothership_using_subcommand webhooks; and __fish_seen_subcommand_from add" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'JSON, for scripts'
yaml\t'YAML'
id\t'Only the IDs, one a line'"
complete -c mothership -n "__fish_mothership_using_subcommand webhooks; and __fish_seen_subcommand_from add" -l insecure -d 'Do not verify the server\'s TLS certificate (unsafe; `mothership init` pins it instead)'
complete -c mothership -n "__fish_mothership_using_subcommand webhooks; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mothership -n "__fish_mothership_using_subcommand webhooks; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c mothership -n "__fish_mothership_using_subcommand webhooks; and __fish_seen_subcommand_from list" -l host -d 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]' -r
complete -c mothership -n "__fish_mothership_using_subcommand webhooks; and __fish_seen_subcommand_from list" -l username -d 'User name for basic auth' -r
complete -c mothership -n "__fish_mothership_using_subcommand webhooks; and __fish_seen_subcommand_from list" -l password -d 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)' -r
complete -c mothership -n "__fish_mothership_using_subcommand webhooks; and __fish_seen_subcommand_from list" -l cacert -d 'PEM file with the CA certificate (or the server\'s own) to trust' -r -F
complete -c mothership -n "__fish_mothership_using_subcommand webhooks; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'JSON, for scripts'
yaml\t'YAML'
id\t'Only the IDs, one a line'"
complete -c mothership -n "__fish_mothership_using_subcommand webhooks; and __fish_seen_subcommand_from list" -l insecure -d 'Do not verify the server\'s TLS certificate (unsafe; `mothership init` pins it instead)'
complete -c mothership -n "__fish_mothership_using_subcommand webhooks; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mothership -n "__fish_mothership_using_subcommand webhooks; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c mothership -n "__fish_mothership_using_subcommand webhooks; and __fish_seen_subcommand_from ls" -l host -d 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]' -r
complete -c mothership -n "__fish_mothership_using_subcommand webhooks; and __fish_seen_subcommand_from ls" -l username -d 'User name for basic auth' -r
complete -c mothership -n "__fish_mothership_using_subcommand webhooks; and __fish_seen_subcommand_from ls" -l password -d 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)' -r
complete -c mothership -n "__fish_mothership_using_subcommand webhooks; and __fish_seen_subcommand_from ls" -l cacert -d 'PEM file with the CA certificate (or the server\'s own) to trust' -r -F
complete -c mothership -n "__fish_mothership_using_subcommand webhooks; and __fish_seen_subcommand_from ls" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'JSON, for scripts'
yaml\t'YAML'
id\t'Only the IDs, one a line'"
complete -c mothership -n "__fish_mothership_using_subcommand webhooks; and __fish_seen_subcommand_from ls" -l insecure -d 'Do not verify the server\'s TLS certificate (unsafe; `mothership init` pins it instead)'
complete -c mothership -n "__fish_mothership_using_subcommand webhooks; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mothership -n "__fish_mothership_using_subcommand webhooks; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c mothership -n "__fish_mothership_using_subcommand webhooks; and __fish_seen_subcommand_from show" -l host -d 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]' -r
complete -c mothership -n "__fish_mothership_using_subcommand webhooks; and __fish_seen_subcommand_from show" -l username -d 'User name for basic auth' -r
complete -c mothership -n "__fish_mothership_using_subcommand webhooks; and __fish_seen_subcommand_from show" -l password -d 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)' -r
complete -c mothership -n "__fish_mothership_using_subcommand webhooks; and __fish_seen_subcommand_from show" -l cacert -d 'PEM file with the CA certificate (or the server\'s own) to trust' -r -F
complete -c mothership -n "__fish_mothership_using_subcommand webhooks; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'JSON, for scripts'
yaml\t'YAML'
id\t'Only the IDs, one a line'"
complete -c mothership -n "__fish_mothership_using_subcommand webhooks; and __fish_seen_subcommand_from show" -l insecure -d 'Do not verify the server\'s TLS certificate (unsafe; `mothership init` pins it instead)'
complete -c mothership -n "__fish_mothership_using_subcommand webhooks; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mothership -n "__fish_mothership_using_subcommand webhooks; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c mothership -n "__fish_mothership_using_subcommand webhooks; and __fish_seen_subcommand_from delete" -l host -d 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]' -r
complete -c mothership -n "__fish_mothership_using_subcommand webhooks; and __fish_seen_subcommand_from delete" -l username -d 'User name for basic auth' -r
complete -c mothership -n "__fish_mothership_using_subcommand webhooks; and __fish_seen_subcommand_from delete" -l password -d 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)' -r
complete -c mothership -n "__fish_mothership_using_subcommand webhooks; and __fish_seen_subcommand_from delete" -l cacert -d 'PEM file with the CA certificate (or the server\'s own) to trust' -r -F
complete -c mothership -n "__fish_mothership_using_subcommand webhooks; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'JSON, for scripts'
yaml\t'YAML'
id\t'Only the IDs, one a line'"
complete -c mothership -n "__fish_mothership_using_subcommand webhooks; and __fish_seen_subcommand_from delete" -l insecure -d 'Do not verify the server\'s TLS certificate (unsafe; `mothership init` pins it instead)'
complete -c mothership -n "__fish_mothership_using_subcommand webhooks; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mothership -n "__fish_mothership_using_subcommand webhooks; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c mothership -n "__fish_mothership_using_subcommand webhooks; and __fish_seen_subcommand_from rm" -l host -d 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]' -r
complete -c mothership -n "__fish_mothership_using_subcommand webhooks; and __fish_seen_subcommand_from rm" -l username -d 'User name for basic auth' -r
complete -c mothership -n "__fish_mothership_using_subcommand webhooks; and __fish_seen_subcommand_from rm" -l password -d 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)' -r
complete -c mothership -n "__fish_mothership_using_subcommand webhooks; and __fish_seen_subcommand_from rm" -l cacert -d 'PEM file with the CA certificate (or the server\'s own) to trust' -r -F
complete -c mothership -n "__fish_mothership_using_subcommand webhooks; and __fish_seen_subcommand_from rm" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'JSON, for scripts'
yaml\t'YAML'
id\t'Only the IDs, one a line'"
complete -c mothership -n "__fish_mothership_using_subcommand webhooks; and __fish_seen_subcommand_from rm" -l insecure -d 'Do not verify the server\'s TLS certificate (unsafe; `mothership init` pins it instead)'
complete -c mothership -n "__fish_mothership_using_subcommand webhooks; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mothership -n "__fish_mothership_using_subcommand webhooks; and __fish_seen_subcommand_from rm" -s V -l version -d 'Print version'
complete -c mothership -n "__fish_mothership_using_subcommand webhooks; and __fish_seen_subcommand_from help" -f -a "add" -d 'Register a URL to POST events to; prints the secret deliveries are signed with, once'
complete -c mothership -n "__fish_mothership_using_subcommand webhooks; and __fish_seen_subcommand_from help" -f -a "list" -d 'List webhooks and how their deliveries go'
complete -c mothership -n "__fish_mothership_using_subcommand webhooks; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show a webhook and its last delivery'
complete -c mothership -n "__fish_mothership_using_subcommand webhooks; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a webhook (what is queued for it is dropped)'
complete -c mothership -n "__fish_mothership_using_subcommand webhooks; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mothership -n "__fish_mothership_using_subcommand audit" -s s -l search -d 'Only rows whose user, method, path or address contain TEXT' -r
complete -c mothership -n "__fish_mothership_using_subcommand audit" -l limit -d 'Show at most this many, newest first' -r
complete -c mothership -n "__fish_mothership_using_subcommand audit" -l host -d 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]' -r
complete -c mothership -n "__fish_mothership_using_subcommand audit" -l username -d 'User name for basic auth' -r
complete -c mothership -n "__fish_mothership_using_subcommand audit" -l password -d 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)' -r
complete -c mothership -n "__fish_mothership_using_subcommand audit" -l cacert -d 'PEM file with the CA certificate (or the server\'s own) to trust' -r -F
complete -c mothership -n "__fish_mothership_using_subcommand audit" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'JSON, for scripts'
yaml\t'YAML'
id\t'Only the IDs, one a line'"
complete -c mothership -n "__fish_mothership_using_subcommand audit" -l insecure -d 'Do not verify the server\'s TLS certificate (unsafe; `mothership init` pins it instead)'
complete -c mothership -n "__fish_mothership_using_subcommand audit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mothership -n "__fish_mothership_using_subcommand audit" -s V -l version -d 'Print version'
complete -c mothership -n "__fish_mothership_using_subcommand completions" -s h -l help -d 'Print help'
complete -c mothership -n "__fish_mothership_using_subcommand completions" -s V -l version -d 'Print version'
complete -c mothership -n "__fish_mothership_using_subcommand man" -s h -l help -d 'Print help'
complete -c mothership -n "__fish_mothership_using_subcommand man" -s V -l version -d 'Print version'
complete -c mothership -n "__fish_mothership_using_subcommand help; and not __fish_seen_subcommand_from serve init info instances inspect-instance deploy deploys htpasswd images nacls snippets uplinks push-image pull-image push-nacl pull-nacl bobproviders bobs builders services build validate nacl upgrade upgrades rollout events webhooks audit completions man help" -f -a "serve" -d 'Run the Mothership server (API on :8080, uplink hangar on :9090)'
complete -c mothership -n "__fish_mothership_using_subcommand help; and not __fish_seen_subcommand_from serve init info instances inspect-instance deploy deploys htpasswd images nacls snippets uplinks push-image pull-image push-nacl pull-nacl bobproviders bobs builders services build validate nacl upgrade upgrades rollout events webhooks audit completions man help" -f -a "init" -d 'Point this client at a server: asks for host and credentials, pins its certificate'
complete -c mothership -n "__fish_mothership_using_subcommand help; and not __fish_seen_subcommand_from serve init info instances inspect-instance deploy deploys htpasswd images nacls snippets uplinks push-image pull-image push-nacl pull-nacl bobproviders bobs builders services build validate nacl upgrade upgrades rollout events webhooks audit completions man help" -f -a "info" -d 'Show the server\'s name, version and uptime'
complete -c mothership -n "__fish_mothership_using_subcommand help; and not __fish_seen_subcommand_from serve init info instances inspect-instance deploy deploys htpasswd images nacls snippets uplinks push-image pull-image push-nacl pull-nacl bobproviders bobs builders services build validate nacl upgrade upgrades rollout events webhooks audit completions man help" -f -a "instances" -d 'Instances docked to this Mothership (or known from before): list, inspect, logs, panics, stats, alias, describe, delete'
complete -c mothership -n "__fish_mothership_using_subcommand help; and not __fish_seen_subcommand_from serve init info instances inspect-instance deploy deploys htpasswd images nacls snippets uplinks push-image pull-image push-nacl pull-nacl bobproviders bobs builders services build validate nacl upgrade upgrades rollout events webhooks audit completions man help" -f -a "inspect-instance" -d 'Same as `instances inspect` (original Mothership spelling)'
complete -c mothership -n "__fish_mothership_using_subcommand help; and not __fish_seen_subcommand_from serve init info instances inspect-instance deploy deploys htpasswd images nacls snippets uplinks push-image pull-image push-nacl pull-nacl bobproviders bobs builders services build validate nacl upgrade upgrades rollout events webhooks audit completions man help" -f -a "deploy" -d 'Live-update running instances with an image: one instance, or many with --all, --tag, --status or --search'
complete -c mothership -n "__fish_mothership_using_subcommand help; and not __fish_seen_subcommand_from serve init info instances inspect-instance deploy deploys htpasswd images nacls snippets uplinks push-image pull-image push-nacl pull-nacl bobproviders bobs builders services build validate nacl upgrade upgrades rollout events webhooks audit completions man help" -f -a "deploys" -d 'Deploy records: list, show (with the state of each instance)'
complete -c mothership -n "__fish_mothership_using_subcommand help; and not __fish_seen_subcommand_from serve init info instances inspect-instance deploy deploys htpasswd images nacls snippets uplinks push-image pull-image push-nacl pull-nacl bobproviders bobs builders services build validate nacl upgrade upgrades rollout events webhooks audit completions man help" -f -a "htpasswd" -d 'Users of an htpasswd file (bcrypt, as Apache\'s `htpasswd -B` writes it): add, delete, list, verify'
complete -c mothership -n "__fish_mothership_using_subcommand help; and not __fish_seen_subcommand_from serve init info instances inspect-instance deploy deploys htpasswd images nacls snippets uplinks push-image pull-image push-nacl pull-nacl bobproviders bobs builders services build validate nacl upgrade upgrades rollout events webhooks audit completions man help" -f -a "images" -d 'Images: list, push, pull, inspect, delete'
complete -c mothership -n "__fish_mothership_using_subcommand help; and not __fish_seen_subcommand_from serve init info instances inspect-instance deploy deploys htpasswd images nacls snippets uplinks push-image pull-image push-nacl pull-nacl bobproviders bobs builders services build validate nacl upgrade upgrades rollout events webhooks audit completions man help" -f -a "nacls" -d 'NaCls (IncludeOS configurations): list, push, pull, show, delete'
complete -c mothership -n "__fish_mothership_using_subcommand help; and not __fish_seen_subcommand_from serve init info instances inspect-instance deploy deploys htpasswd images nacls snippets uplinks push-image pull-image push-nacl pull-nacl bobproviders bobs builders services build validate nacl upgrade upgrades rollout events webhooks audit completions man help" -f -a "snippets" -d 'Snippets (reusable NaCl pieces): list, push, pull, show, delete'
complete -c mothership -n "__fish_mothership_using_subcommand help; and not __fish_seen_subcommand_from serve init info instances inspect-instance deploy deploys htpasswd images nacls snippets uplinks push-image pull-image push-nacl pull-nacl bobproviders bobs builders services build validate nacl upgrade upgrades rollout events webhooks audit completions man help" -f -a "uplinks" -d 'Uplinks (where built images dock): list, create, show, update, delete'
complete -c mothership -n "__fish_mothership_using_subcommand help; and not __fish_seen_subcommand_from serve init info instances inspect-instance deploy deploys htpasswd images nacls snippets uplinks push-image pull-image push-nacl pull-nacl bobproviders bobs builders services build validate nacl upgrade upgrades rollout events webhooks audit completions man help" -f -a "push-image" -d 'Same as `images push` (original Mothership spelling)'
complete -c mothership -n "__fish_mothership_using_subcommand help; and not __fish_seen_subcommand_from serve init info instances inspect-instance deploy deploys htpasswd images nacls snippets uplinks push-image pull-image push-nacl pull-nacl bobproviders bobs builders services build validate nacl upgrade upgrades rollout events webhooks audit completions man help" -f -a "pull-image" -d 'Same as `images pull` (original Mothership spelling)'
complete -c mothership -n "__fish_mothership_using_subcommand help; and not __fish_seen_subcommand_from serve init info instances inspect-instance deploy deploys htpasswd images nacls snippets uplinks push-image pull-image push-nacl pull-nacl bobproviders bobs builders services build validate nacl upgrade upgrades rollout events webhooks audit completions man help" -f -a "push-nacl" -d 'Same as `nacls push` (original Mothership spelling)'
complete -c mothership -n "__fish_mothership_using_subcommand help; and not __fish_seen_subcommand_from serve init info instances inspect-instance deploy deploys htpasswd images nacls snippets uplinks push-image pull-image push-nacl pull-nacl bobproviders bobs builders services build validate nacl upgrade upgrades rollout events webhooks audit completions man help" -f -a "pull-nacl" -d 'Same as `nacls pull` (original Mothership spelling)'
complete -c mothership -n "__fish_mothership_using_subcommand help; and not __fish_seen_subcommand_from serve init info instances inspect-instance deploy deploys htpasswd images nacls snippets uplinks push-image pull-image push-nacl pull-nacl bobproviders bobs builders services build validate nacl upgrade upgrades rollout events webhooks audit completions man help" -f -a "bobproviders" -d 'Bob providers, where builders come from (DockerHub, Local): list, update'
complete -c mothership -n "__fish_mothership_using_subcommand help; and not __fish_seen_subcommand_from serve init info instances inspect-instance deploy deploys htpasswd images nacls snippets uplinks push-image pull-image push-nacl pull-nacl bobproviders bobs builders services build validate nacl upgrade upgrades rollout events webhooks audit completions man help" -f -a "bobs" -d 'Bobs, the builders a provider offers: list, prepare (pull one to make it a builder)'
complete -c mothership -n "__fish_mothership_using_subcommand help; and not __fish_seen_subcommand_from serve init info instances inspect-instance deploy deploys htpasswd images nacls snippets uplinks push-image pull-image push-nacl pull-nacl bobproviders bobs builders services build validate nacl upgrade upgrades rollout events webhooks audit completions man help" -f -a "builders" -d 'Builders on the Docker engine: list, inspect, delete'
complete -c mothership -n "__fish_mothership_using_subcommand help; and not __fish_seen_subcommand_from serve init info instances inspect-instance deploy deploys htpasswd images nacls snippets uplinks push-image pull-image push-nacl pull-nacl bobproviders bobs builders services build validate nacl upgrade upgrades rollout events webhooks audit completions man help" -f -a "services" -d 'Your own services (a directory with CMakeLists.txt and its sources): push, list, inspect, pull, delete; build one with `mothership build NAME --builder ID`'
complete -c mothership -n "__fish_mothership_using_subcommand help; and not __fish_seen_subcommand_from serve init info instances inspect-instance deploy deploys htpasswd images nacls snippets uplinks push-image pull-image push-nacl pull-nacl bobproviders bobs builders services build validate nacl upgrade upgrades rollout events webhooks audit completions man help" -f -a "build" -d 'Build an image of a service with a builder; streams the log, prints the image ID last'
complete -c mothership -n "__fish_mothership_using_subcommand help; and not __fish_seen_subcommand_from serve init info instances inspect-instance deploy deploys htpasswd images nacls snippets uplinks push-image pull-image push-nacl pull-nacl bobproviders bobs builders services build validate nacl upgrade upgrades rollout events webhooks audit completions man help" -f -a "validate" -d 'Check a NaCl file (here, no server needed) or a stored NaCl, or validate it with a builder (errors as NAME:LINE:COL: message; exit 1 if invalid)'
complete -c mothership -n "__fish_mothership_using_subcommand help; and not __fish_seen_subcommand_from serve init info instances inspect-instance deploy deploys htpasswd images nacls snippets uplinks push-image pull-image push-nacl pull-nacl bobproviders bobs builders services build validate nacl upgrade upgrades rollout events webhooks audit completions man help" -f -a "nacl" -d 'NaCl tools that need no server: fmt (lay a NaCl file out canonically)'
complete -c mothership -n "__fish_mothership_using_subcommand help; and not __fish_seen_subcommand_from serve init info instances inspect-instance deploy deploys htpasswd images nacls snippets uplinks push-image pull-image push-nacl pull-nacl bobproviders bobs builders services build validate nacl upgrade upgrades rollout events webhooks audit completions man help" -f -a "upgrade" -d 'Build an image for an instance (its uplink, its NaCl or one given, the newest fitting builder) and deploy it there; follows the build log and the deploy'
complete -c mothership -n "__fish_mothership_using_subcommand help; and not __fish_seen_subcommand_from serve init info instances inspect-instance deploy deploys htpasswd images nacls snippets uplinks push-image pull-image push-nacl pull-nacl bobproviders bobs builders services build validate nacl upgrade upgrades rollout events webhooks audit completions man help" -f -a "upgrades" -d 'Upgrade records: list, show (with the build and the deploy)'
complete -c mothership -n "__fish_mothership_using_subcommand help; and not __fish_seen_subcommand_from serve init info instances inspect-instance deploy deploys htpasswd images nacls snippets uplinks push-image pull-image push-nacl pull-nacl bobproviders bobs builders services build validate nacl upgrade upgrades rollout events webhooks audit completions man help" -f -a "rollout" -d 'Roll an image out to a group of instances in waves that pause by themselves on failures: start, list, show (--follow), pause, resume, cancel, rollback'
complete -c mothership -n "__fish_mothership_using_subcommand help; and not __fish_seen_subcommand_from serve init info instances inspect-instance deploy deploys htpasswd images nacls snippets uplinks push-image pull-image push-nacl pull-nacl bobproviders bobs builders services build validate nacl upgrade upgrades rollout events webhooks audit completions man help" -f -a "events" -d 'What happened on this Mothership (instances docking, deploys, builds, logins...); --follow keeps printing as it happens'
complete -c mothership -n "__fish_mothership_using_subcommand help; and not __fish_seen_subcommand_from serve init info instances inspect-instance deploy deploys htpasswd images nacls snippets uplinks push-image pull-image push-nacl pull-nacl bobproviders bobs builders services build validate nacl upgrade upgrades rollout events webhooks audit completions man help" -f -a "webhooks" -d 'Webhooks, URLs events are POSTed to (signed): add, list, show, delete'
complete -c mothership -n "__fish_mothership_using_subcommand help; and not __fish_seen_subcommand_from serve init info instances inspect-instance deploy deploys htpasswd images nacls snippets uplinks push-image pull-image push-nacl pull-nacl bobproviders bobs builders services build validate nacl upgrade upgrades rollout events webhooks audit completions man help" -f -a "audit" -d 'The audit log: every state-changing API request, who made it and from where'
complete -c mothership -n "__fish_mothership_using_subcommand help; and not __fish_seen_subcommand_from serve init info instances inspect-instance deploy deploys htpasswd images nacls snippets uplinks push-image pull-image push-nacl pull-nacl bobproviders bobs builders services build validate nacl upgrade upgrades rollout events webhooks audit completions man help" -f -a "completions" -d 'Print a shell completion script'
complete -c mothership -n "__fish_mothership_using_subcommand help; and not __fish_seen_subcommand_from serve init info instances inspect-instance deploy deploys htpasswd images nacls snippets uplinks push-image pull-image push-nacl pull-nacl bobproviders bobs builders services build validate nacl upgrade upgrades rollout events webhooks audit completions man help" -f -a "man" -d 'Write man pages, one per subcommand, into a directory'
complete -c mothership -n "__fish_mothership_using_subcommand help; and not __fish_seen_subcommand_from serve init info instances inspect-instance deploy deploys htpasswd images nacls snippets uplinks push-image pull-image push-nacl pull-nacl bobproviders bobs builders services build validate nacl upgrade upgrades rollout events webhooks audit completions man help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mothership -n "__fish_mothership_using_subcommand help; and __fish_seen_subcommand_from instances" -f -a "inspect" -d 'Show everything known about an instance'
complete -c mothership -n "__fish_mothership_using_subcommand help; and __fish_seen_subcommand_from instances" -f -a "logs" -d 'Print an instance\'s log'
complete -c mothership -n "__fish_mothership_using_subcommand help; and __fish_seen_subcommand_from instances" -f -a "panics" -d 'Print the panics an instance reported'
complete -c mothership -n "__fish_mothership_using_subcommand help; and __fish_seen_subcommand_from instances" -f -a "stats" -d 'Print an instance\'s stats (fresh from the instance when it is docked)'
complete -c mothership -n "__fish_mothership_using_subcommand help; and __fish_seen_subcommand_from instances" -f -a "alias" -d 'Give an instance an alias (usable as its ID); an empty NAME removes it'
complete -c mothership -n "__fish_mothership_using_subcommand help; and __fish_seen_subcommand_from instances" -f -a "describe" -d 'Set an instance\'s description; an empty TEXT removes it'
complete -c mothership -n "__fish_mothership_using_subcommand help; and __fish_seen_subcommand_from instances" -f -a "auto-redeploy" -d 'Turn "automatically redeploy last image" on or off: when the instance docks running another binary than the image last deployed to it, that image is deployed again'
complete -c mothership -n "__fish_mothership_using_subcommand help; and __fish_seen_subcommand_from instances" -f -a "desired" -d 'The image instances should run (desired state): Mothership keeps them converging on it'
complete -c mothership -n "__fish_mothership_using_subcommand help; and __fish_seen_subcommand_from instances" -f -a "delete" -d 'Forget instances (with their logs, panics and stats)'
complete -c mothership -n "__fish_mothership_using_subcommand help; and __fish_seen_subcommand_from deploys" -f -a "list" -d 'List deploys (newest first)'
complete -c mothership -n "__fish_mothership_using_subcommand help; and __fish_seen_subcommand_from deploys" -f -a "show" -d 'Show a deploy with the state of each instance'
complete -c mothership -n "__fish_mothership_using_subcommand help; and __fish_seen_subcommand_from htpasswd" -f -a "add" -d 'Add a user, or replace an existing user\'s password'
complete -c mothership -n "__fish_mothership_using_subcommand help; and __fish_seen_subcommand_from htpasswd" -f -a "delete" -d 'Delete a user'
complete -c mothership -n "__fish_mothership_using_subcommand help; and __fish_seen_subcommand_from htpasswd" -f -a "list" -d 'List the users in the file'
complete -c mothership -n "__fish_mothership_using_subcommand help; and __fish_seen_subcommand_from htpasswd" -f -a "verify" -d 'Check a user\'s password (exit 0 when it matches, 3 when not)'
complete -c mothership -n "__fish_mothership_using_subcommand help; and __fish_seen_subcommand_from images" -f -a "list" -d 'List images (newest first)'
complete -c mothership -n "__fish_mothership_using_subcommand help; and __fish_seen_subcommand_from images" -f -a "push" -d 'Upload an IncludeOS binary (the same bytes again give the existing image)'
complete -c mothership -n "__fish_mothership_using_subcommand help; and __fish_seen_subcommand_from images" -f -a "pull" -d 'Download an image to a file (resumes a partial download)'
complete -c mothership -n "__fish_mothership_using_subcommand help; and __fish_seen_subcommand_from images" -f -a "inspect" -d 'Show an image\'s metadata'
complete -c mothership -n "__fish_mothership_using_subcommand help; and __fish_seen_subcommand_from images" -f -a "delete" -d 'Delete an image'
complete -c mothership -n "__fish_mothership_using_subcommand help; and __fish_seen_subcommand_from nacls" -f -a "list" -d 'List names, sizes and dates (not the content)'
complete -c mothership -n "__fish_mothership_using_subcommand help; and __fish_seen_subcommand_from nacls" -f -a "push" -d 'Upload a file, named after the file unless --name is given'
complete -c mothership -n "__fish_mothership_using_subcommand help; and __fish_seen_subcommand_from nacls" -f -a "pull" -d 'Download the content to a file (`-O -` for standard output)'
complete -c mothership -n "__fish_mothership_using_subcommand help; and __fish_seen_subcommand_from nacls" -f -a "show" -d 'Show metadata and content'
complete -c mothership -n "__fish_mothership_using_subcommand help; and __fish_seen_subcommand_from nacls" -f -a "delete" -d 'Delete one'
complete -c mothership -n "__fish_mothership_using_subcommand help; and __fish_seen_subcommand_from snippets" -f -a "list" -d 'List names, sizes and dates (not the content)'
complete -c mothership -n "__fish_mothership_using_subcommand help; and __fish_seen_subcommand_from snippets" -f -a "push" -d 'Upload a file, named after the file unless --name is given'
complete -c mothership -n "__fish_mothership_using_subcommand help; and __fish_seen_subcommand_from snippets" -f -a "pull" -d 'Download the content to a file (`-O -` for standard output)'
complete -c mothership -n "__fish_mothership_using_subcommand help; and __fish_seen_subcommand_from snippets" -f -a "show" -d 'Show metadata and content'
complete -c mothership -n "__fish_mothership_using_subcommand help; and __fish_seen_subcommand_from snippets" -f -a "delete" -d 'Delete one'
complete -c mothership -n "__fish_mothership_using_subcommand help; and __fish_seen_subcommand_from uplinks" -f -a "list" -d 'List uplinks'
complete -c mothership -n "__fish_mothership_using_subcommand help; and __fish_seen_subcommand_from uplinks" -f -a "create" -d 'Create an uplink (a token is generated unless given)'
complete -c mothership -n "__fish_mothership_using_subcommand help; and __fish_seen_subcommand_from uplinks" -f -a "show" -d 'Show an uplink; --token shows its token too'
complete -c mothership -n "__fish_mothership_using_subcommand help; and __fish_seen_subcommand_from uplinks" -f -a "update" -d 'Change an uplink; --clear unsets optional keys'
complete -c mothership -n "__fish_mothership_using_subcommand help; and __fish_seen_subcommand_from uplinks" -f -a "delete" -d 'Delete an uplink'
complete -c mothership -n "__fish_mothership_using_subcommand help; and __fish_seen_subcommand_from bobproviders" -f -a "list" -d 'List the providers: when each was last updated, how many bobs it has'
complete -c mothership -n "__fish_mothership_using_subcommand help; and __fish_seen_subcommand_from bobproviders" -f -a "update" -d 'Refresh a provider\'s list of bobs (DockerHub reads the registry, Local the engine)'
complete -c mothership -n "__fish_mothership_using_subcommand help; and __fish_seen_subcommand_from bobs" -f -a "list" -d 'List the bobs a provider offers (as of its last update) and whether each is prepared'
complete -c mothership -n "__fish_mothership_using_subcommand help; and __fish_seen_subcommand_from bobs" -f -a "prepare" -d 'Pull a bob onto the engine; it becomes the builder with the same ID'
complete -c mothership -n "__fish_mothership_using_subcommand help; and __fish_seen_subcommand_from builders" -f -a "list" -d 'List the builders on the engine'
complete -c mothership -n "__fish_mothership_using_subcommand help; and __fish_seen_subcommand_from builders" -f -a "inspect" -d 'Show one builder\'s details (its contract, the services it builds, IncludeOS version...)'
complete -c mothership -n "__fish_mothership_using_subcommand help; and __fish_seen_subcommand_from builders" -f -a "delete" -d 'Delete a builder\'s image from the engine (refused while a build uses it)'
complete -c mothership -n "__fish_mothership_using_subcommand help; and __fish_seen_subcommand_from services" -f -a "push" -d 'Store a service: tars DIR (skipping `build` directories and `.git`) and sends it; the name is --name, else the CMakeLists.txt\'s project(...), else its BINARY'
complete -c mothership -n "__fish_mothership_using_subcommand help; and __fish_seen_subcommand_from services" -f -a "list" -d 'List the services: bundled by builders and stored'
complete -c mothership -n "__fish_mothership_using_subcommand help; and __fish_seen_subcommand_from services" -f -a "inspect" -d 'Show one service'
complete -c mothership -n "__fish_mothership_using_subcommand help; and __fish_seen_subcommand_from services" -f -a "pull" -d 'Download a stored service\'s sources as a tar'
complete -c mothership -n "__fish_mothership_using_subcommand help; and __fish_seen_subcommand_from services" -f -a "delete" -d 'Delete a stored service'
complete -c mothership -n "__fish_mothership_using_subcommand help; and __fish_seen_subcommand_from nacl" -f -a "fmt" -d 'Lay a NaCl file out canonically, in place: one statement per line, four spaces per level, one space after each colon; comments and strings are kept as written'
complete -c mothership -n "__fish_mothership_using_subcommand help; and __fish_seen_subcommand_from nacl" -f -a "transpile" -d 'Print the C++ that IncludeOS\'s NaCl transpiler (NaCl.py) makes of a NaCl file, the same text byte for byte; no server or builder needed'
complete -c mothership -n "__fish_mothership_using_subcommand help; and __fish_seen_subcommand_from upgrades" -f -a "list" -d 'List upgrades (newest first)'
complete -c mothership -n "__fish_mothership_using_subcommand help; and __fish_seen_subcommand_from upgrades" -f -a "show" -d 'Show an upgrade with its build and deploy'
complete -c mothership -n "__fish_mothership_using_subcommand help; and __fish_seen_subcommand_from rollout" -f -a "start" -d 'Roll an image out to the instances a selector picks, in waves'
complete -c mothership -n "__fish_mothership_using_subcommand help; and __fish_seen_subcommand_from rollout" -f -a "list" -d 'List rollouts (newest first)'
complete -c mothership -n "__fish_mothership_using_subcommand help; and __fish_seen_subcommand_from rollout" -f -a "show" -d 'Show a rollout: its waves and every instance\'s outcome'
complete -c mothership -n "__fish_mothership_using_subcommand help; and __fish_seen_subcommand_from rollout" -f -a "pause" -d 'Pause a running rollout: nothing new starts, updates under way finish'
complete -c mothership -n "__fish_mothership_using_subcommand help; and __fish_seen_subcommand_from rollout" -f -a "resume" -d 'Resume a paused rollout'
complete -c mothership -n "__fish_mothership_using_subcommand help; and __fish_seen_subcommand_from rollout" -f -a "cancel" -d 'Cancel a rollout (emergency stop): nothing new starts, queued instances are skipped'
complete -c mothership -n "__fish_mothership_using_subcommand help; and __fish_seen_subcommand_from rollout" -f -a "rollback" -d 'Roll a rollout back: every instance it updated (or failed) gets its previous image'
complete -c mothership -n "__fish_mothership_using_subcommand help; and __fish_seen_subcommand_from webhooks" -f -a "add" -d 'Register a URL to POST events to; prints the secret deliveries are signed with, once'
complete -c mothership -n "__fish_mothership_using_subcommand help; and __fish_seen_subcommand_from webhooks" -f -a "list" -d 'List webhooks and how their deliveries go'
complete -c mothership -n "__fish_mothership_using_subcommand help; and __fish_seen_subcommand_from webhooks" -f -a "show" -d 'Show a webhook and its last delivery'
complete -c mothership -n "__fish_mothership_using_subcommand help; and __fish_seen_subcommand_from webhooks" -f -a "delete" -d 'Delete a webhook (what is queued for it is dropped)'

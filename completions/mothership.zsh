#compdef mothership

autoload -U is-at-least

_mothership() {
    typeset -A opt_args
    typeset -a _arguments_options
    local ret=1

    if is-at-least 5.2; then
        _arguments_options=(-s -S -C)
    else
        _arguments_options=(-s -C)
    fi

    local context curcontext="$curcontext" state line
    _arguments "${_arguments_options[@]}" : \
'--host=[Server to talk to\: a URL or host\:port \[default\: from \`mothership init\`, else https\://localhost\:8080\]]:URL:_default' \
'--username=[User name for basic auth]:USER:_default' \
'--password=[Password for basic auth (prefer MOTHERSHIP_PASSWORD or \`mothership init\`)]:PASSWORD:_default' \
'--cacert=[PEM file with the CA certificate (or the server'\''s own) to trust]:FILE:_files' \
'-o+[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--output=[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--insecure[Do not verify the server'\''s TLS certificate (unsafe; \`mothership init\` pins it instead)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_mothership_commands" \
"*::: :->mothership" \
&& ret=0
    case $state in
    (mothership)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:mothership-command-$line[1]:"
        case $line[1] in
            (serve)
_arguments "${_arguments_options[@]}" : \
'--name=[Name this Mothership reports \[default\: mothership\]]:NAME:_default' \
'--certfile=[TLS certificate (PEM) for the API and the uplink \[default\: <config-dir>/cert.pem\]]:FILE:_files' \
'--keyfile=[TLS private key (PEM) \[default\: <config-dir>/key.pem\]]:FILE:_files' \
'--uplinkcertfile=[TLS certificate (PEM) the uplink port presents; RSA while --uplinktls is compatible \[default\: the --certfile\]]:FILE:_files' \
'--uplinkkeyfile=[Private key (PEM) of --uplinkcertfile \[default\: the --keyfile\]]:FILE:_files' \
'--uplinktls=[TLS of the uplink port\: \`compatible\` adds the legacy suite real IncludeOS instances need (TLS_RSA_WITH_AES_256_CBC_SHA, no forward secrecy), \`modern\` refuses it \[default\: compatible\]]:MODE:((modern\:"TLS 1.2 and 1.3 with forward-secret suites only; real IncludeOS instances cannot dock"
compatible\:"The modern suites plus TLS_RSA_WITH_AES_256_CBC_SHA, the only suite real IncludeOS instances offer (no forward secrecy; needs an RSA certificate)"))' \
'--clean=[Empty the runtime directory (images, instances, builds) before starting]::BOOL:(true false)' \
'--serverauth=[API authentication \[default\: basic\]]:METHOD:((basic\:"HTTP basic auth against the htpasswd file"
none\:"No authentication (only behind something that authenticates for us)"))' \
'--metricsauth=[Authentication of GET /metrics (Prometheus)\: \`basic\` like the API, or \`none\` for a scraper that cannot log in \[default\: basic\]]:METHOD:((basic\:"HTTP basic auth against the htpasswd file"
none\:"No authentication (only behind something that authenticates for us)"))' \
'--metricsreporter=[Also report the server'\''s figures and every instance'\''s STATS to InfluxDB (\`influxdb\`), batched; while it is unreachable points wait in a bounded buffer, the oldest dropped first \[default\: none\]]:REPORTER:((none\:"Nowhere (\`GET /metrics\` still serves them)"
influxdb\:"InfluxDB 1.x over its HTTP API (--influxdb-url, --influxdb-database, ...)"))' \
'--influxdb-url=[InfluxDB (1.x HTTP API) to report to \[default\: http\://localhost\:8086\]]:URL:_default' \
'--influxdb-database=[InfluxDB database the points go to; it must exist \[default\: mothership\]]:NAME:_default' \
'--influxdb-username=[InfluxDB user (basic auth) \[default\: none\]]:USER:_default' \
'--influxdb-password=[Password of --influxdb-username; better given as INFLUXDB_PASSWORD or in the config file than on the command line, where other users see it \[default\: none\]]:PASSWORD:_default' \
'--serverport=[Port of the HTTPS API \[default\: 8080\]]:PORT:_default' \
'--uplinkport=[Port of the uplink hangar that instances dock to \[default\: 9090\]]:PORT:_default' \
'--noservertls=[Serve the API over plain HTTP]::BOOL:(true false)' \
'--nouplinktls=[Serve the uplink over plain HTTP/WS]::BOOL:(true false)' \
'--verboselogging=[Log every request and debug details]::BOOL:(true false)' \
'--dockeroptions=[docker-run style options for build containers, e.g. "--privileged --memory 2g"]:OPTIONS:_default' \
'--dockerhost=[Docker engine for builders\: unix\:///path or tcp\://host\:port \[default\: DOCKER_HOST, else unix\:///var/run/docker.sock\]]:URL:_default' \
'--dockerhuburl=[Registry of the DockerHub bob provider \[default\: https\://registry-1.docker.io\]]:URL:_default' \
'--dockerhubrepo=[Repository of the DockerHub bob provider \[default\: includeos/builder\]]:REPOSITORY:_default' \
'--buildtimeout=[Seconds a build may take before it is stopped \[default\: 1800\]]:SECONDS:_default' \
'--maxbuilds=[Builds running at once; more wait in a queue \[default\: 2\]]:N:_default' \
'--config=[Config file \[default\: <config-dir>/config.yaml, if it exists\]]:FILE:_files' \
'--config-dir=[Directory of config.yaml, .htpasswd, cert.pem and key.pem \[default\: config_files\]]:DIR:_files' \
'--runtime-dir=[Directory of the state that survives restarts \[default\: runtime_files\]]:DIR:_files' \
'--bind=[Address to listen on \[default\: 0.0.0.0\]]:ADDR:_default' \
'--htpasswd=[htpasswd file of the API users \[default\: <config-dir>/.htpasswd\]]:FILE:_files' \
'--loginfailurelimit=[Failed logins one client address may make per minute (in a burst of as many) before it is answered 429 until its budget refills \[default\: 10\]]:N:_default' \
'--loginqueue=[Password checks that may wait in each of the three lanes (addresses that logged in before, new ones, ones that failed lately); one more is answered 503 at once \[default\: 32\]]:N:_default' \
'--sessionlifetime=[How long a web interface login lasts, e.g. 12h, 90m \[default\: 12h\]]:DURATION:_default' \
'--sessionlimit=[Web interface logins kept at once; a login past it ends the one closest to its expiry \[default\: 10000\]]:N:_default' \
'--connectionsperaddress=[API connections served at once from one client address (an IPv6 /64); more are closed when accepted \[default\: 256\]]:N:_default' \
'--imagesizelimit=[Largest image upload accepted, e.g. 268435456 or 512MiB \[default\: 256MiB\]]:SIZE:_default' \
'*--uplinktoken=[Uplink token instances may authenticate with, at least 16 characters (repeat for several; the environment variable takes a comma-separated list)]:TOKEN:_default' \
'--instancelogsize=[Log kept per instance, in MiB (the newest is kept) \[default\: 10\]]:MIB:_default' \
'--deploytimeout=[Time a deployed instance has to ack the image and dock again running it, e.g. 60, 90s, 2m \[default\: 60s\]]:DURATION:_default' \
'--bodytimeout=[A request body (an image upload, say) that sends nothing for this long is dropped with a 408, e.g. 30, 90s, 2m \[default\: 30s\]]:DURATION:_default' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(init)
_arguments "${_arguments_options[@]}" : \
'--fingerprint=[Expected SHA-256 fingerprint of the server certificate (hex, colons optional)\: pin it without asking]:SHA256:_default' \
'--host=[Server to talk to\: a URL or host\:port \[default\: from \`mothership init\`, else https\://localhost\:8080\]]:URL:_default' \
'--username=[User name for basic auth]:USER:_default' \
'--password=[Password for basic auth (prefer MOTHERSHIP_PASSWORD or \`mothership init\`)]:PASSWORD:_default' \
'--cacert=[PEM file with the CA certificate (or the server'\''s own) to trust]:FILE:_files' \
'-o+[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--output=[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--password-stdin[Read the password from standard input instead of prompting]' \
'-y[Accept the server certificate without asking (prints the fingerprint it pinned)]' \
'--yes[Accept the server certificate without asking (prints the fingerprint it pinned)]' \
'--insecure[Do not verify the server'\''s TLS certificate (unsafe; \`mothership init\` pins it instead)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(info)
_arguments "${_arguments_options[@]}" : \
'--host=[Server to talk to\: a URL or host\:port \[default\: from \`mothership init\`, else https\://localhost\:8080\]]:URL:_default' \
'--username=[User name for basic auth]:USER:_default' \
'--password=[Password for basic auth (prefer MOTHERSHIP_PASSWORD or \`mothership init\`)]:PASSWORD:_default' \
'--cacert=[PEM file with the CA certificate (or the server'\''s own) to trust]:FILE:_files' \
'-o+[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--output=[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--insecure[Do not verify the server'\''s TLS certificate (unsafe; \`mothership init\` pins it instead)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(instances)
_arguments "${_arguments_options[@]}" : \
'-s+[Only instances whose ID, alias, description, IPs, image, tag or devices contain this]:TEXT:_default' \
'--search=[Only instances whose ID, alias, description, IPs, image, tag or devices contain this]:TEXT:_default' \
'--status=[Only instances with this status]:STATUS:(connected disconnected unknown)' \
'--desired=[Only instances in this desired state (see \`instances desired show\`)]:DESIRED:(in_sync updating failed not_managed)' \
'--limit=[At most this many instances]:N:_default' \
'--sort=[Sort key\: first_seen, last_seen, connected_since, alias, status, id, tag, version (prefix - to reverse)]:KEY:_default' \
'--host=[Server to talk to\: a URL or host\:port \[default\: from \`mothership init\`, else https\://localhost\:8080\]]:URL:_default' \
'--username=[User name for basic auth]:USER:_default' \
'--password=[Password for basic auth (prefer MOTHERSHIP_PASSWORD or \`mothership init\`)]:PASSWORD:_default' \
'--cacert=[PEM file with the CA certificate (or the server'\''s own) to trust]:FILE:_files' \
'-o+[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--output=[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--insecure[Do not verify the server'\''s TLS certificate (unsafe; \`mothership init\` pins it instead)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_mothership__subcmd__instances_commands" \
"*::: :->instances" \
&& ret=0

    case $state in
    (instances)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:mothership-instances-command-$line[1]:"
        case $line[1] in
            (inspect)
_arguments "${_arguments_options[@]}" : \
'--host=[Server to talk to\: a URL or host\:port \[default\: from \`mothership init\`, else https\://localhost\:8080\]]:URL:_default' \
'--username=[User name for basic auth]:USER:_default' \
'--password=[Password for basic auth (prefer MOTHERSHIP_PASSWORD or \`mothership init\`)]:PASSWORD:_default' \
'--cacert=[PEM file with the CA certificate (or the server'\''s own) to trust]:FILE:_files' \
'-o+[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--output=[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--insecure[Do not verify the server'\''s TLS certificate (unsafe; \`mothership init\` pins it instead)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':id -- Instance UUID, alias or unique UUID prefix:_default' \
&& ret=0
;;
(logs)
_arguments "${_arguments_options[@]}" : \
'-n+[Only the last N lines]:N:_default' \
'--lines=[Only the last N lines]:N:_default' \
'--host=[Server to talk to\: a URL or host\:port \[default\: from \`mothership init\`, else https\://localhost\:8080\]]:URL:_default' \
'--username=[User name for basic auth]:USER:_default' \
'--password=[Password for basic auth (prefer MOTHERSHIP_PASSWORD or \`mothership init\`)]:PASSWORD:_default' \
'--cacert=[PEM file with the CA certificate (or the server'\''s own) to trust]:FILE:_files' \
'-o+[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--output=[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'-f[Keep printing new log as it arrives]' \
'--follow[Keep printing new log as it arrives]' \
'--insecure[Do not verify the server'\''s TLS certificate (unsafe; \`mothership init\` pins it instead)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':id -- Instance UUID, alias or unique UUID prefix:_default' \
&& ret=0
;;
(panics)
_arguments "${_arguments_options[@]}" : \
'--host=[Server to talk to\: a URL or host\:port \[default\: from \`mothership init\`, else https\://localhost\:8080\]]:URL:_default' \
'--username=[User name for basic auth]:USER:_default' \
'--password=[Password for basic auth (prefer MOTHERSHIP_PASSWORD or \`mothership init\`)]:PASSWORD:_default' \
'--cacert=[PEM file with the CA certificate (or the server'\''s own) to trust]:FILE:_files' \
'-o+[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--output=[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--insecure[Do not verify the server'\''s TLS certificate (unsafe; \`mothership init\` pins it instead)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':id -- Instance UUID, alias or unique UUID prefix:_default' \
&& ret=0
;;
(stats)
_arguments "${_arguments_options[@]}" : \
'--host=[Server to talk to\: a URL or host\:port \[default\: from \`mothership init\`, else https\://localhost\:8080\]]:URL:_default' \
'--username=[User name for basic auth]:USER:_default' \
'--password=[Password for basic auth (prefer MOTHERSHIP_PASSWORD or \`mothership init\`)]:PASSWORD:_default' \
'--cacert=[PEM file with the CA certificate (or the server'\''s own) to trust]:FILE:_files' \
'-o+[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--output=[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--stored[Show the stored stats without asking the instance]' \
'--insecure[Do not verify the server'\''s TLS certificate (unsafe; \`mothership init\` pins it instead)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':id -- Instance UUID, alias or unique UUID prefix:_default' \
&& ret=0
;;
(alias)
_arguments "${_arguments_options[@]}" : \
'--host=[Server to talk to\: a URL or host\:port \[default\: from \`mothership init\`, else https\://localhost\:8080\]]:URL:_default' \
'--username=[User name for basic auth]:USER:_default' \
'--password=[Password for basic auth (prefer MOTHERSHIP_PASSWORD or \`mothership init\`)]:PASSWORD:_default' \
'--cacert=[PEM file with the CA certificate (or the server'\''s own) to trust]:FILE:_files' \
'-o+[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--output=[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--insecure[Do not verify the server'\''s TLS certificate (unsafe; \`mothership init\` pins it instead)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':id -- Instance UUID, alias or unique UUID prefix:_default' \
':name -- The alias:_default' \
&& ret=0
;;
(describe)
_arguments "${_arguments_options[@]}" : \
'--host=[Server to talk to\: a URL or host\:port \[default\: from \`mothership init\`, else https\://localhost\:8080\]]:URL:_default' \
'--username=[User name for basic auth]:USER:_default' \
'--password=[Password for basic auth (prefer MOTHERSHIP_PASSWORD or \`mothership init\`)]:PASSWORD:_default' \
'--cacert=[PEM file with the CA certificate (or the server'\''s own) to trust]:FILE:_files' \
'-o+[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--output=[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--insecure[Do not verify the server'\''s TLS certificate (unsafe; \`mothership init\` pins it instead)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':id -- Instance UUID, alias or unique UUID prefix:_default' \
':text -- The description:_default' \
&& ret=0
;;
(auto-redeploy)
_arguments "${_arguments_options[@]}" : \
'--host=[Server to talk to\: a URL or host\:port \[default\: from \`mothership init\`, else https\://localhost\:8080\]]:URL:_default' \
'--username=[User name for basic auth]:USER:_default' \
'--password=[Password for basic auth (prefer MOTHERSHIP_PASSWORD or \`mothership init\`)]:PASSWORD:_default' \
'--cacert=[PEM file with the CA certificate (or the server'\''s own) to trust]:FILE:_files' \
'-o+[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--output=[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--insecure[Do not verify the server'\''s TLS certificate (unsafe; \`mothership init\` pins it instead)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':id -- Instance UUID, alias or unique UUID prefix:_default' \
':state -- `on` or `off`:(true false)' \
&& ret=0
;;
(desired)
_arguments "${_arguments_options[@]}" : \
'--host=[Server to talk to\: a URL or host\:port \[default\: from \`mothership init\`, else https\://localhost\:8080\]]:URL:_default' \
'--username=[User name for basic auth]:USER:_default' \
'--password=[Password for basic auth (prefer MOTHERSHIP_PASSWORD or \`mothership init\`)]:PASSWORD:_default' \
'--cacert=[PEM file with the CA certificate (or the server'\''s own) to trust]:FILE:_files' \
'-o+[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--output=[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--insecure[Do not verify the server'\''s TLS certificate (unsafe; \`mothership init\` pins it instead)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_mothership__subcmd__instances__subcmd__desired_commands" \
"*::: :->desired" \
&& ret=0

    case $state in
    (desired)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:mothership-instances-desired-command-$line[1]:"
        case $line[1] in
            (show)
_arguments "${_arguments_options[@]}" : \
'--host=[Server to talk to\: a URL or host\:port \[default\: from \`mothership init\`, else https\://localhost\:8080\]]:URL:_default' \
'--username=[User name for basic auth]:USER:_default' \
'--password=[Password for basic auth (prefer MOTHERSHIP_PASSWORD or \`mothership init\`)]:PASSWORD:_default' \
'--cacert=[PEM file with the CA certificate (or the server'\''s own) to trust]:FILE:_files' \
'-o+[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--output=[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--insecure[Do not verify the server'\''s TLS certificate (unsafe; \`mothership init\` pins it instead)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':id -- Instance UUID, alias or unique UUID prefix:_default' \
&& ret=0
;;
(set)
_arguments "${_arguments_options[@]}" : \
'()*--selector=[Or which instances\: tag=T, service=S, version=V (IncludeOS), instances=ID,ID,...; repeat to combine filters (picked now\: instances that join later are not managed)]:KEY=VALUE:_default' \
'--host=[Server to talk to\: a URL or host\:port \[default\: from \`mothership init\`, else https\://localhost\:8080\]]:URL:_default' \
'--username=[User name for basic auth]:USER:_default' \
'--password=[Password for basic auth (prefer MOTHERSHIP_PASSWORD or \`mothership init\`)]:PASSWORD:_default' \
'--cacert=[PEM file with the CA certificate (or the server'\''s own) to trust]:FILE:_files' \
'-o+[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--output=[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--insecure[Do not verify the server'\''s TLS certificate (unsafe; \`mothership init\` pins it instead)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':image -- The image (ID or unique start of one):_default' \
'*::ids -- Instance UUIDs, aliases or unique UUID prefixes:_default' \
&& ret=0
;;
(clear)
_arguments "${_arguments_options[@]}" : \
'()*--selector=[Or which instances, as for \`set\`]:KEY=VALUE:_default' \
'--host=[Server to talk to\: a URL or host\:port \[default\: from \`mothership init\`, else https\://localhost\:8080\]]:URL:_default' \
'--username=[User name for basic auth]:USER:_default' \
'--password=[Password for basic auth (prefer MOTHERSHIP_PASSWORD or \`mothership init\`)]:PASSWORD:_default' \
'--cacert=[PEM file with the CA certificate (or the server'\''s own) to trust]:FILE:_files' \
'-o+[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--output=[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--insecure[Do not verify the server'\''s TLS certificate (unsafe; \`mothership init\` pins it instead)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
'*::ids -- Instance UUIDs, aliases or unique UUID prefixes:_default' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_mothership__subcmd__instances__subcmd__desired__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:mothership-instances-desired-help-command-$line[1]:"
        case $line[1] in
            (show)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(set)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(clear)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(delete)
_arguments "${_arguments_options[@]}" : \
'--host=[Server to talk to\: a URL or host\:port \[default\: from \`mothership init\`, else https\://localhost\:8080\]]:URL:_default' \
'--username=[User name for basic auth]:USER:_default' \
'--password=[Password for basic auth (prefer MOTHERSHIP_PASSWORD or \`mothership init\`)]:PASSWORD:_default' \
'--cacert=[PEM file with the CA certificate (or the server'\''s own) to trust]:FILE:_files' \
'-o+[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--output=[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--force[Delete connected instances too (they are disconnected and will dock again)]' \
'--insecure[Do not verify the server'\''s TLS certificate (unsafe; \`mothership init\` pins it instead)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
'*::ids -- Instance UUIDs, aliases or unique UUID prefixes:_default' \
&& ret=0
;;
(rm)
_arguments "${_arguments_options[@]}" : \
'--host=[Server to talk to\: a URL or host\:port \[default\: from \`mothership init\`, else https\://localhost\:8080\]]:URL:_default' \
'--username=[User name for basic auth]:USER:_default' \
'--password=[Password for basic auth (prefer MOTHERSHIP_PASSWORD or \`mothership init\`)]:PASSWORD:_default' \
'--cacert=[PEM file with the CA certificate (or the server'\''s own) to trust]:FILE:_files' \
'-o+[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--output=[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--force[Delete connected instances too (they are disconnected and will dock again)]' \
'--insecure[Do not verify the server'\''s TLS certificate (unsafe; \`mothership init\` pins it instead)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
'*::ids -- Instance UUIDs, aliases or unique UUID prefixes:_default' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_mothership__subcmd__instances__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:mothership-instances-help-command-$line[1]:"
        case $line[1] in
            (inspect)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(logs)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(panics)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(stats)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(alias)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(describe)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(auto-redeploy)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(desired)
_arguments "${_arguments_options[@]}" : \
":: :_mothership__subcmd__instances__subcmd__help__subcmd__desired_commands" \
"*::: :->desired" \
&& ret=0

    case $state in
    (desired)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:mothership-instances-help-desired-command-$line[1]:"
        case $line[1] in
            (show)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(set)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(clear)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(delete)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(instance)
_arguments "${_arguments_options[@]}" : \
'-s+[Only instances whose ID, alias, description, IPs, image, tag or devices contain this]:TEXT:_default' \
'--search=[Only instances whose ID, alias, description, IPs, image, tag or devices contain this]:TEXT:_default' \
'--status=[Only instances with this status]:STATUS:(connected disconnected unknown)' \
'--desired=[Only instances in this desired state (see \`instances desired show\`)]:DESIRED:(in_sync updating failed not_managed)' \
'--limit=[At most this many instances]:N:_default' \
'--sort=[Sort key\: first_seen, last_seen, connected_since, alias, status, id, tag, version (prefix - to reverse)]:KEY:_default' \
'--host=[Server to talk to\: a URL or host\:port \[default\: from \`mothership init\`, else https\://localhost\:8080\]]:URL:_default' \
'--username=[User name for basic auth]:USER:_default' \
'--password=[Password for basic auth (prefer MOTHERSHIP_PASSWORD or \`mothership init\`)]:PASSWORD:_default' \
'--cacert=[PEM file with the CA certificate (or the server'\''s own) to trust]:FILE:_files' \
'-o+[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--output=[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--insecure[Do not verify the server'\''s TLS certificate (unsafe; \`mothership init\` pins it instead)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_mothership__subcmd__instances_commands" \
"*::: :->instances" \
&& ret=0

    case $state in
    (instances)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:mothership-instances-command-$line[1]:"
        case $line[1] in
            (inspect)
_arguments "${_arguments_options[@]}" : \
'--host=[Server to talk to\: a URL or host\:port \[default\: from \`mothership init\`, else https\://localhost\:8080\]]:URL:_default' \
'--username=[User name for basic auth]:USER:_default' \
'--password=[Password for basic auth (prefer MOTHERSHIP_PASSWORD or \`mothership init\`)]:PASSWORD:_default' \
'--cacert=[PEM file with the CA certificate (or the server'\''s own) to trust]:FILE:_files' \
'-o+[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--output=[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--insecure[Do not verify the server'\''s TLS certificate (unsafe; \`mothership init\` pins it instead)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':id -- Instance UUID, alias or unique UUID prefix:_default' \
&& ret=0
;;
(logs)
_arguments "${_arguments_options[@]}" : \
'-n+[Only the last N lines]:N:_default' \
'--lines=[Only the last N lines]:N:_default' \
'--host=[Server to talk to\: a URL or host\:port \[default\: from \`mothership init\`, else https\://localhost\:8080\]]:URL:_default' \
'--username=[User name for basic auth]:USER:_default' \
'--password=[Password for basic auth (prefer MOTHERSHIP_PASSWORD or \`mothership init\`)]:PASSWORD:_default' \
'--cacert=[PEM file with the CA certificate (or the server'\''s own) to trust]:FILE:_files' \
'-o+[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--output=[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'-f[Keep printing new log as it arrives]' \
'--follow[Keep printing new log as it arrives]' \
'--insecure[Do not verify the server'\''s TLS certificate (unsafe; \`mothership init\` pins it instead)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':id -- Instance UUID, alias or unique UUID prefix:_default' \
&& ret=0
;;
(panics)
_arguments "${_arguments_options[@]}" : \
'--host=[Server to talk to\: a URL or host\:port \[default\: from \`mothership init\`, else https\://localhost\:8080\]]:URL:_default' \
'--username=[User name for basic auth]:USER:_default' \
'--password=[Password for basic auth (prefer MOTHERSHIP_PASSWORD or \`mothership init\`)]:PASSWORD:_default' \
'--cacert=[PEM file with the CA certificate (or the server'\''s own) to trust]:FILE:_files' \
'-o+[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--output=[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--insecure[Do not verify the server'\''s TLS certificate (unsafe; \`mothership init\` pins it instead)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':id -- Instance UUID, alias or unique UUID prefix:_default' \
&& ret=0
;;
(stats)
_arguments "${_arguments_options[@]}" : \
'--host=[Server to talk to\: a URL or host\:port \[default\: from \`mothership init\`, else https\://localhost\:8080\]]:URL:_default' \
'--username=[User name for basic auth]:USER:_default' \
'--password=[Password for basic auth (prefer MOTHERSHIP_PASSWORD or \`mothership init\`)]:PASSWORD:_default' \
'--cacert=[PEM file with the CA certificate (or the server'\''s own) to trust]:FILE:_files' \
'-o+[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--output=[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--stored[Show the stored stats without asking the instance]' \
'--insecure[Do not verify the server'\''s TLS certificate (unsafe; \`mothership init\` pins it instead)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':id -- Instance UUID, alias or unique UUID prefix:_default' \
&& ret=0
;;
(alias)
_arguments "${_arguments_options[@]}" : \
'--host=[Server to talk to\: a URL or host\:port \[default\: from \`mothership init\`, else https\://localhost\:8080\]]:URL:_default' \
'--username=[User name for basic auth]:USER:_default' \
'--password=[Password for basic auth (prefer MOTHERSHIP_PASSWORD or \`mothership init\`)]:PASSWORD:_default' \
'--cacert=[PEM file with the CA certificate (or the server'\''s own) to trust]:FILE:_files' \
'-o+[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--output=[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--insecure[Do not verify the server'\''s TLS certificate (unsafe; \`mothership init\` pins it instead)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':id -- Instance UUID, alias or unique UUID prefix:_default' \
':name -- The alias:_default' \
&& ret=0
;;
(describe)
_arguments "${_arguments_options[@]}" : \
'--host=[Server to talk to\: a URL or host\:port \[default\: from \`mothership init\`, else https\://localhost\:8080\]]:URL:_default' \
'--username=[User name for basic auth]:USER:_default' \
'--password=[Password for basic auth (prefer MOTHERSHIP_PASSWORD or \`mothership init\`)]:PASSWORD:_default' \
'--cacert=[PEM file with the CA certificate (or the server'\''s own) to trust]:FILE:_files' \
'-o+[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--output=[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--insecure[Do not verify the server'\''s TLS certificate (unsafe; \`mothership init\` pins it instead)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':id -- Instance UUID, alias or unique UUID prefix:_default' \
':text -- The description:_default' \
&& ret=0
;;
(auto-redeploy)
_arguments "${_arguments_options[@]}" : \
'--host=[Server to talk to\: a URL or host\:port \[default\: from \`mothership init\`, else https\://localhost\:8080\]]:URL:_default' \
'--username=[User name for basic auth]:USER:_default' \
'--password=[Password for basic auth (prefer MOTHERSHIP_PASSWORD or \`mothership init\`)]:PASSWORD:_default' \
'--cacert=[PEM file with the CA certificate (or the server'\''s own) to trust]:FILE:_files' \
'-o+[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--output=[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--insecure[Do not verify the server'\''s TLS certificate (unsafe; \`mothership init\` pins it instead)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':id -- Instance UUID, alias or unique UUID prefix:_default' \
':state -- `on` or `off`:(true false)' \
&& ret=0
;;
(desired)
_arguments "${_arguments_options[@]}" : \
'--host=[Server to talk to\: a URL or host\:port \[default\: from \`mothership init\`, else https\://localhost\:8080\]]:URL:_default' \
'--username=[User name for basic auth]:USER:_default' \
'--password=[Password for basic auth (prefer MOTHERSHIP_PASSWORD or \`mothership init\`)]:PASSWORD:_default' \
'--cacert=[PEM file with the CA certificate (or the server'\''s own) to trust]:FILE:_files' \
'-o+[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--output=[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--insecure[Do not verify the server'\''s TLS certificate (unsafe; \`mothership init\` pins it instead)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_mothership__subcmd__instances__subcmd__desired_commands" \
"*::: :->desired" \
&& ret=0

    case $state in
    (desired)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:mothership-instances-desired-command-$line[1]:"
        case $line[1] in
            (show)
_arguments "${_arguments_options[@]}" : \
'--host=[Server to talk to\: a URL or host\:port \[default\: from \`mothership init\`, else https\://localhost\:8080\]]:URL:_default' \
'--username=[User name for basic auth]:USER:_default' \
'--password=[Password for basic auth (prefer MOTHERSHIP_PASSWORD or \`mothership init\`)]:PASSWORD:_default' \
'--cacert=[PEM file with the CA certificate (or the server'\''s own) to trust]:FILE:_files' \
'-o+[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--output=[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--insecure[Do not verify the server'\''s TLS certificate (unsafe; \`mothership init\` pins it instead)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':id -- Instance UUID, alias or unique UUID prefix:_default' \
&& ret=0
;;
(set)
_arguments "${_arguments_options[@]}" : \
'()*--selector=[Or which instances\: tag=T, service=S, version=V (IncludeOS), instances=ID,ID,...; repeat to combine filters (picked now\: instances that join later are not managed)]:KEY=VALUE:_default' \
'--host=[Server to talk to\: a URL or host\:port \[default\: from \`mothership init\`, else https\://localhost\:8080\]]:URL:_default' \
'--username=[User name for basic auth]:USER:_default' \
'--password=[Password for basic auth (prefer MOTHERSHIP_PASSWORD or \`mothership init\`)]:PASSWORD:_default' \
'--cacert=[PEM file with the CA certificate (or the server'\''s own) to trust]:FILE:_files' \
'-o+[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--output=[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--insecure[Do not verify the server'\''s TLS certificate (unsafe; \`mothership init\` pins it instead)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':image -- The image (ID or unique start of one):_default' \
'*::ids -- Instance UUIDs, aliases or unique UUID prefixes:_default' \
&& ret=0
;;
(clear)
_arguments "${_arguments_options[@]}" : \
'()*--selector=[Or which instances, as for \`set\`]:KEY=VALUE:_default' \
'--host=[Server to talk to\: a URL or host\:port \[default\: from \`mothership init\`, else https\://localhost\:8080\]]:URL:_default' \
'--username=[User name for basic auth]:USER:_default' \
'--password=[Password for basic auth (prefer MOTHERSHIP_PASSWORD or \`mothership init\`)]:PASSWORD:_default' \
'--cacert=[PEM file with the CA certificate (or the server'\''s own) to trust]:FILE:_files' \
'-o+[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--output=[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--insecure[Do not verify the server'\''s TLS certificate (unsafe; \`mothership init\` pins it instead)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
'*::ids -- Instance UUIDs, aliases or unique UUID prefixes:_default' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_mothership__subcmd__instances__subcmd__desired__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:mothership-instances-desired-help-command-$line[1]:"
        case $line[1] in
            (show)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(set)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(clear)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(delete)
_arguments "${_arguments_options[@]}" : \
'--host=[Server to talk to\: a URL or host\:port \[default\: from \`mothership init\`, else https\://localhost\:8080\]]:URL:_default' \
'--username=[User name for basic auth]:USER:_default' \
'--password=[Password for basic auth (prefer MOTHERSHIP_PASSWORD or \`mothership init\`)]:PASSWORD:_default' \
'--cacert=[PEM file with the CA certificate (or the server'\''s own) to trust]:FILE:_files' \
'-o+[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--output=[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--force[Delete connected instances too (they are disconnected and will dock again)]' \
'--insecure[Do not verify the server'\''s TLS certificate (unsafe; \`mothership init\` pins it instead)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
'*::ids -- Instance UUIDs, aliases or unique UUID prefixes:_default' \
&& ret=0
;;
(rm)
_arguments "${_arguments_options[@]}" : \
'--host=[Server to talk to\: a URL or host\:port \[default\: from \`mothership init\`, else https\://localhost\:8080\]]:URL:_default' \
'--username=[User name for basic auth]:USER:_default' \
'--password=[Password for basic auth (prefer MOTHERSHIP_PASSWORD or \`mothership init\`)]:PASSWORD:_default' \
'--cacert=[PEM file with the CA certificate (or the server'\''s own) to trust]:FILE:_files' \
'-o+[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--output=[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--force[Delete connected instances too (they are disconnected and will dock again)]' \
'--insecure[Do not verify the server'\''s TLS certificate (unsafe; \`mothership init\` pins it instead)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
'*::ids -- Instance UUIDs, aliases or unique UUID prefixes:_default' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_mothership__subcmd__instances__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:mothership-instances-help-command-$line[1]:"
        case $line[1] in
            (inspect)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(logs)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(panics)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(stats)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(alias)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(describe)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(auto-redeploy)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(desired)
_arguments "${_arguments_options[@]}" : \
":: :_mothership__subcmd__instances__subcmd__help__subcmd__desired_commands" \
"*::: :->desired" \
&& ret=0

    case $state in
    (desired)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:mothership-instances-help-desired-command-$line[1]:"
        case $line[1] in
            (show)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(set)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(clear)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(delete)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(inspect-instance)
_arguments "${_arguments_options[@]}" : \
'--host=[Server to talk to\: a URL or host\:port \[default\: from \`mothership init\`, else https\://localhost\:8080\]]:URL:_default' \
'--username=[User name for basic auth]:USER:_default' \
'--password=[Password for basic auth (prefer MOTHERSHIP_PASSWORD or \`mothership init\`)]:PASSWORD:_default' \
'--cacert=[PEM file with the CA certificate (or the server'\''s own) to trust]:FILE:_files' \
'-o+[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--output=[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--insecure[Do not verify the server'\''s TLS certificate (unsafe; \`mothership init\` pins it instead)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':id -- Instance UUID, alias or unique UUID prefix:_default' \
&& ret=0
;;
(deploy)
_arguments "${_arguments_options[@]}" : \
'--tag=[Deploy to the instances reporting this tag]:TAG:_default' \
'--status=[Deploy to the instances with this status \[default\: connected\]]:STATUS:(connected disconnected unknown)' \
'-s+[Deploy to the instances whose ID, alias, description, IPs, image, tag or devices contain this]:TEXT:_default' \
'--search=[Deploy to the instances whose ID, alias, description, IPs, image, tag or devices contain this]:TEXT:_default' \
'--concurrency=[Instances updated at the same time (for many instances) \[default\: 100\]]:N:_default' \
'--host=[Server to talk to\: a URL or host\:port \[default\: from \`mothership init\`, else https\://localhost\:8080\]]:URL:_default' \
'--username=[User name for basic auth]:USER:_default' \
'--password=[Password for basic auth (prefer MOTHERSHIP_PASSWORD or \`mothership init\`)]:PASSWORD:_default' \
'--cacert=[PEM file with the CA certificate (or the server'\''s own) to trust]:FILE:_files' \
'-o+[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--output=[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--all[Deploy to every connected instance]' \
'-w[Wait until every instance is verified or failed, showing progress; exit 1 on a failure]' \
'--wait[Wait until every instance is verified or failed, showing progress; exit 1 on a failure]' \
'--force[Deploy even where the image was built for another uplink URL or IncludeOS version]' \
'--insecure[Do not verify the server'\''s TLS certificate (unsafe; \`mothership init\` pins it instead)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
'*::args -- INSTANCE (UUID, alias or unique UUID prefix) then IMAGE (ID or unique ID prefix); only IMAGE with --all, --tag, --status or --search:_default' \
&& ret=0
;;
(deploys)
_arguments "${_arguments_options[@]}" : \
'-s+[Only deploys whose ID, image ID or instance UUIDs contain this]:TEXT:_default' \
'--search=[Only deploys whose ID, image ID or instance UUIDs contain this]:TEXT:_default' \
'--status=[Only deploys with this status]:STATUS:(running verified failed)' \
'--limit=[Show at most this many \[default\: 100\]]:N:_default' \
'--host=[Server to talk to\: a URL or host\:port \[default\: from \`mothership init\`, else https\://localhost\:8080\]]:URL:_default' \
'--username=[User name for basic auth]:USER:_default' \
'--password=[Password for basic auth (prefer MOTHERSHIP_PASSWORD or \`mothership init\`)]:PASSWORD:_default' \
'--cacert=[PEM file with the CA certificate (or the server'\''s own) to trust]:FILE:_files' \
'-o+[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--output=[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--insecure[Do not verify the server'\''s TLS certificate (unsafe; \`mothership init\` pins it instead)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_mothership__subcmd__deploys_commands" \
"*::: :->deploys" \
&& ret=0

    case $state in
    (deploys)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:mothership-deploys-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
'-s+[Only deploys whose ID, image ID or instance UUIDs contain this]:TEXT:_default' \
'--search=[Only deploys whose ID, image ID or instance UUIDs contain this]:TEXT:_default' \
'--status=[Only deploys with this status]:STATUS:(running verified failed)' \
'--limit=[Show at most this many \[default\: 100\]]:N:_default' \
'--host=[Server to talk to\: a URL or host\:port \[default\: from \`mothership init\`, else https\://localhost\:8080\]]:URL:_default' \
'--username=[User name for basic auth]:USER:_default' \
'--password=[Password for basic auth (prefer MOTHERSHIP_PASSWORD or \`mothership init\`)]:PASSWORD:_default' \
'--cacert=[PEM file with the CA certificate (or the server'\''s own) to trust]:FILE:_files' \
'-o+[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--output=[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--insecure[Do not verify the server'\''s TLS certificate (unsafe; \`mothership init\` pins it instead)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(ls)
_arguments "${_arguments_options[@]}" : \
'-s+[Only deploys whose ID, image ID or instance UUIDs contain this]:TEXT:_default' \
'--search=[Only deploys whose ID, image ID or instance UUIDs contain this]:TEXT:_default' \
'--status=[Only deploys with this status]:STATUS:(running verified failed)' \
'--limit=[Show at most this many \[default\: 100\]]:N:_default' \
'--host=[Server to talk to\: a URL or host\:port \[default\: from \`mothership init\`, else https\://localhost\:8080\]]:URL:_default' \
'--username=[User name for basic auth]:USER:_default' \
'--password=[Password for basic auth (prefer MOTHERSHIP_PASSWORD or \`mothership init\`)]:PASSWORD:_default' \
'--cacert=[PEM file with the CA certificate (or the server'\''s own) to trust]:FILE:_files' \
'-o+[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--output=[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--insecure[Do not verify the server'\''s TLS certificate (unsafe; \`mothership init\` pins it instead)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(show)
_arguments "${_arguments_options[@]}" : \
'--host=[Server to talk to\: a URL or host\:port \[default\: from \`mothership init\`, else https\://localhost\:8080\]]:URL:_default' \
'--username=[User name for basic auth]:USER:_default' \
'--password=[Password for basic auth (prefer MOTHERSHIP_PASSWORD or \`mothership init\`)]:PASSWORD:_default' \
'--cacert=[PEM file with the CA certificate (or the server'\''s own) to trust]:FILE:_files' \
'-o+[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--output=[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--insecure[Do not verify the server'\''s TLS certificate (unsafe; \`mothership init\` pins it instead)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':id -- Deploy ID or unique ID prefix (at least 4 hex digits):_default' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_mothership__subcmd__deploys__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:mothership-deploys-help-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(show)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(htpasswd)
_arguments "${_arguments_options[@]}" : \
'-o+[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--output=[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_mothership__subcmd__htpasswd_commands" \
"*::: :->htpasswd" \
&& ret=0

    case $state in
    (htpasswd)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:mothership-htpasswd-command-$line[1]:"
        case $line[1] in
            (add)
_arguments "${_arguments_options[@]}" : \
'--file=[The htpasswd file]:FILE:_files' \
'--cost=[bcrypt cost (4-31); each step doubles the work]:COST:_default' \
'-o+[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--output=[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--password-stdin[Read the password from the first line of standard input instead of prompting]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':user -- User name:_default' \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
'--file=[The htpasswd file]:FILE:_files' \
'-o+[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--output=[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':user -- User name:_default' \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
'--file=[The htpasswd file]:FILE:_files' \
'-o+[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--output=[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(verify)
_arguments "${_arguments_options[@]}" : \
'--file=[The htpasswd file]:FILE:_files' \
'--cost=[bcrypt cost (4-31); each step doubles the work]:COST:_default' \
'-o+[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--output=[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--password-stdin[Read the password from the first line of standard input instead of prompting]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':user -- User name:_default' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_mothership__subcmd__htpasswd__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:mothership-htpasswd-help-command-$line[1]:"
        case $line[1] in
            (add)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(verify)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(images)
_arguments "${_arguments_options[@]}" : \
'-s+[Only those containing TEXT in their ID, name or other fields (case-insensitive)]:TEXT:_default' \
'--search=[Only those containing TEXT in their ID, name or other fields (case-insensitive)]:TEXT:_default' \
'--sort=[Sort key, \`-\` in front for descending, e.g. -created or id (a wrong key'\''s error lists the keys)]:KEY:_default' \
'--limit=[Show at most this many \[default\: all\]]:N:_default' \
'--host=[Server to talk to\: a URL or host\:port \[default\: from \`mothership init\`, else https\://localhost\:8080\]]:URL:_default' \
'--username=[User name for basic auth]:USER:_default' \
'--password=[Password for basic auth (prefer MOTHERSHIP_PASSWORD or \`mothership init\`)]:PASSWORD:_default' \
'--cacert=[PEM file with the CA certificate (or the server'\''s own) to trust]:FILE:_files' \
'-o+[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--output=[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--insecure[Do not verify the server'\''s TLS certificate (unsafe; \`mothership init\` pins it instead)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_mothership__subcmd__images_commands" \
"*::: :->images" \
&& ret=0

    case $state in
    (images)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:mothership-images-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
'-s+[Only those containing TEXT in their ID, name or other fields (case-insensitive)]:TEXT:_default' \
'--search=[Only those containing TEXT in their ID, name or other fields (case-insensitive)]:TEXT:_default' \
'--sort=[Sort key, \`-\` in front for descending, e.g. -created or id (a wrong key'\''s error lists the keys)]:KEY:_default' \
'--limit=[Show at most this many \[default\: all\]]:N:_default' \
'--host=[Server to talk to\: a URL or host\:port \[default\: from \`mothership init\`, else https\://localhost\:8080\]]:URL:_default' \
'--username=[User name for basic auth]:USER:_default' \
'--password=[Password for basic auth (prefer MOTHERSHIP_PASSWORD or \`mothership init\`)]:PASSWORD:_default' \
'--cacert=[PEM file with the CA certificate (or the server'\''s own) to trust]:FILE:_files' \
'-o+[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--output=[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--insecure[Do not verify the server'\''s TLS certificate (unsafe; \`mothership init\` pins it instead)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(ls)
_arguments "${_arguments_options[@]}" : \
'-s+[Only those containing TEXT in their ID, name or other fields (case-insensitive)]:TEXT:_default' \
'--search=[Only those containing TEXT in their ID, name or other fields (case-insensitive)]:TEXT:_default' \
'--sort=[Sort key, \`-\` in front for descending, e.g. -created or id (a wrong key'\''s error lists the keys)]:KEY:_default' \
'--limit=[Show at most this many \[default\: all\]]:N:_default' \
'--host=[Server to talk to\: a URL or host\:port \[default\: from \`mothership init\`, else https\://localhost\:8080\]]:URL:_default' \
'--username=[User name for basic auth]:USER:_default' \
'--password=[Password for basic auth (prefer MOTHERSHIP_PASSWORD or \`mothership init\`)]:PASSWORD:_default' \
'--cacert=[PEM file with the CA certificate (or the server'\''s own) to trust]:FILE:_files' \
'-o+[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--output=[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--insecure[Do not verify the server'\''s TLS certificate (unsafe; \`mothership init\` pins it instead)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(push)
_arguments "${_arguments_options[@]}" : \
'-t+[A tag (name) for the image, shown in lists and searchable]:TAG:_default' \
'--tag=[A tag (name) for the image, shown in lists and searchable]:TAG:_default' \
'--host=[Server to talk to\: a URL or host\:port \[default\: from \`mothership init\`, else https\://localhost\:8080\]]:URL:_default' \
'--username=[User name for basic auth]:USER:_default' \
'--password=[Password for basic auth (prefer MOTHERSHIP_PASSWORD or \`mothership init\`)]:PASSWORD:_default' \
'--cacert=[PEM file with the CA certificate (or the server'\''s own) to trust]:FILE:_files' \
'-o+[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--output=[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--insecure[Do not verify the server'\''s TLS certificate (unsafe; \`mothership init\` pins it instead)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':file -- The IncludeOS binary (an ELF file):_files' \
&& ret=0
;;
(pull)
_arguments "${_arguments_options[@]}" : \
'-O+[File to write, \`-\` for standard output \[default\: the image ID\]]:FILE:_files' \
'--output-file=[File to write, \`-\` for standard output \[default\: the image ID\]]:FILE:_files' \
'--host=[Server to talk to\: a URL or host\:port \[default\: from \`mothership init\`, else https\://localhost\:8080\]]:URL:_default' \
'--username=[User name for basic auth]:USER:_default' \
'--password=[Password for basic auth (prefer MOTHERSHIP_PASSWORD or \`mothership init\`)]:PASSWORD:_default' \
'--cacert=[PEM file with the CA certificate (or the server'\''s own) to trust]:FILE:_files' \
'-o+[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--output=[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--insecure[Do not verify the server'\''s TLS certificate (unsafe; \`mothership init\` pins it instead)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':id -- Image ID or unique ID prefix (at least 6 hex digits):_default' \
&& ret=0
;;
(inspect)
_arguments "${_arguments_options[@]}" : \
'--host=[Server to talk to\: a URL or host\:port \[default\: from \`mothership init\`, else https\://localhost\:8080\]]:URL:_default' \
'--username=[User name for basic auth]:USER:_default' \
'--password=[Password for basic auth (prefer MOTHERSHIP_PASSWORD or \`mothership init\`)]:PASSWORD:_default' \
'--cacert=[PEM file with the CA certificate (or the server'\''s own) to trust]:FILE:_files' \
'-o+[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--output=[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--insecure[Do not verify the server'\''s TLS certificate (unsafe; \`mothership init\` pins it instead)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':id -- Image ID or unique ID prefix (at least 6 hex digits):_default' \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
'--host=[Server to talk to\: a URL or host\:port \[default\: from \`mothership init\`, else https\://localhost\:8080\]]:URL:_default' \
'--username=[User name for basic auth]:USER:_default' \
'--password=[Password for basic auth (prefer MOTHERSHIP_PASSWORD or \`mothership init\`)]:PASSWORD:_default' \
'--cacert=[PEM file with the CA certificate (or the server'\''s own) to trust]:FILE:_files' \
'-o+[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--output=[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--insecure[Do not verify the server'\''s TLS certificate (unsafe; \`mothership init\` pins it instead)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':id -- Image ID or unique ID prefix (at least 6 hex digits):_default' \
&& ret=0
;;
(rm)
_arguments "${_arguments_options[@]}" : \
'--host=[Server to talk to\: a URL or host\:port \[default\: from \`mothership init\`, else https\://localhost\:8080\]]:URL:_default' \
'--username=[User name for basic auth]:USER:_default' \
'--password=[Password for basic auth (prefer MOTHERSHIP_PASSWORD or \`mothership init\`)]:PASSWORD:_default' \
'--cacert=[PEM file with the CA certificate (or the server'\''s own) to trust]:FILE:_files' \
'-o+[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--output=[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--insecure[Do not verify the server'\''s TLS certificate (unsafe; \`mothership init\` pins it instead)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':id -- Image ID or unique ID prefix (at least 6 hex digits):_default' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_mothership__subcmd__images__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:mothership-images-help-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(push)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(pull)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(inspect)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(nacls)
_arguments "${_arguments_options[@]}" : \
'-s+[Only those containing TEXT in their ID, name or other fields (case-insensitive)]:TEXT:_default' \
'--search=[Only those containing TEXT in their ID, name or other fields (case-insensitive)]:TEXT:_default' \
'--sort=[Sort key, \`-\` in front for descending, e.g. -created or id (a wrong key'\''s error lists the keys)]:KEY:_default' \
'--limit=[Show at most this many \[default\: all\]]:N:_default' \
'--host=[Server to talk to\: a URL or host\:port \[default\: from \`mothership init\`, else https\://localhost\:8080\]]:URL:_default' \
'--username=[User name for basic auth]:USER:_default' \
'--password=[Password for basic auth (prefer MOTHERSHIP_PASSWORD or \`mothership init\`)]:PASSWORD:_default' \
'--cacert=[PEM file with the CA certificate (or the server'\''s own) to trust]:FILE:_files' \
'-o+[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--output=[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--insecure[Do not verify the server'\''s TLS certificate (unsafe; \`mothership init\` pins it instead)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_mothership__subcmd__nacls_commands" \
"*::: :->nacls" \
&& ret=0

    case $state in
    (nacls)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:mothership-nacls-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
'-s+[Only those containing TEXT in their ID, name or other fields (case-insensitive)]:TEXT:_default' \
'--search=[Only those containing TEXT in their ID, name or other fields (case-insensitive)]:TEXT:_default' \
'--sort=[Sort key, \`-\` in front for descending, e.g. -created or id (a wrong key'\''s error lists the keys)]:KEY:_default' \
'--limit=[Show at most this many \[default\: all\]]:N:_default' \
'--host=[Server to talk to\: a URL or host\:port \[default\: from \`mothership init\`, else https\://localhost\:8080\]]:URL:_default' \
'--username=[User name for basic auth]:USER:_default' \
'--password=[Password for basic auth (prefer MOTHERSHIP_PASSWORD or \`mothership init\`)]:PASSWORD:_default' \
'--cacert=[PEM file with the CA certificate (or the server'\''s own) to trust]:FILE:_files' \
'-o+[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--output=[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--insecure[Do not verify the server'\''s TLS certificate (unsafe; \`mothership init\` pins it instead)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(ls)
_arguments "${_arguments_options[@]}" : \
'-s+[Only those containing TEXT in their ID, name or other fields (case-insensitive)]:TEXT:_default' \
'--search=[Only those containing TEXT in their ID, name or other fields (case-insensitive)]:TEXT:_default' \
'--sort=[Sort key, \`-\` in front for descending, e.g. -created or id (a wrong key'\''s error lists the keys)]:KEY:_default' \
'--limit=[Show at most this many \[default\: all\]]:N:_default' \
'--host=[Server to talk to\: a URL or host\:port \[default\: from \`mothership init\`, else https\://localhost\:8080\]]:URL:_default' \
'--username=[User name for basic auth]:USER:_default' \
'--password=[Password for basic auth (prefer MOTHERSHIP_PASSWORD or \`mothership init\`)]:PASSWORD:_default' \
'--cacert=[PEM file with the CA certificate (or the server'\''s own) to trust]:FILE:_files' \
'-o+[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--output=[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--insecure[Do not verify the server'\''s TLS certificate (unsafe; \`mothership init\` pins it instead)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(push)
_arguments "${_arguments_options[@]}" : \
'-n+[Its name \[default\: the file name without extension\]]:NAME:_default' \
'--name=[Its name \[default\: the file name without extension\]]:NAME:_default' \
'--host=[Server to talk to\: a URL or host\:port \[default\: from \`mothership init\`, else https\://localhost\:8080\]]:URL:_default' \
'--username=[User name for basic auth]:USER:_default' \
'--password=[Password for basic auth (prefer MOTHERSHIP_PASSWORD or \`mothership init\`)]:PASSWORD:_default' \
'--cacert=[PEM file with the CA certificate (or the server'\''s own) to trust]:FILE:_files' \
'-o+[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--output=[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--replace[Replace the content when the name exists already]' \
'--force[(NaCls) Store it even when Mothership'\''s NaCl checks find errors in it (they are refused otherwise; \`mothership validate FILE\` lists them)]' \
'--insecure[Do not verify the server'\''s TLS certificate (unsafe; \`mothership init\` pins it instead)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':file -- The file to upload (at most 1 MiB of UTF-8 text):_files' \
&& ret=0
;;
(pull)
_arguments "${_arguments_options[@]}" : \
'-O+[File to write, \`-\` for standard output \[default\: NAME.nacl or NAME.snippet\]]:FILE:_files' \
'--output-file=[File to write, \`-\` for standard output \[default\: NAME.nacl or NAME.snippet\]]:FILE:_files' \
'--host=[Server to talk to\: a URL or host\:port \[default\: from \`mothership init\`, else https\://localhost\:8080\]]:URL:_default' \
'--username=[User name for basic auth]:USER:_default' \
'--password=[Password for basic auth (prefer MOTHERSHIP_PASSWORD or \`mothership init\`)]:PASSWORD:_default' \
'--cacert=[PEM file with the CA certificate (or the server'\''s own) to trust]:FILE:_files' \
'-o+[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--output=[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--insecure[Do not verify the server'\''s TLS certificate (unsafe; \`mothership init\` pins it instead)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':id -- ID, name, or unique ID prefix (at least 6 hex digits):_default' \
&& ret=0
;;
(show)
_arguments "${_arguments_options[@]}" : \
'--host=[Server to talk to\: a URL or host\:port \[default\: from \`mothership init\`, else https\://localhost\:8080\]]:URL:_default' \
'--username=[User name for basic auth]:USER:_default' \
'--password=[Password for basic auth (prefer MOTHERSHIP_PASSWORD or \`mothership init\`)]:PASSWORD:_default' \
'--cacert=[PEM file with the CA certificate (or the server'\''s own) to trust]:FILE:_files' \
'-o+[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--output=[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--insecure[Do not verify the server'\''s TLS certificate (unsafe; \`mothership init\` pins it instead)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':id -- ID, name, or unique ID prefix (at least 6 hex digits):_default' \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
'--host=[Server to talk to\: a URL or host\:port \[default\: from \`mothership init\`, else https\://localhost\:8080\]]:URL:_default' \
'--username=[User name for basic auth]:USER:_default' \
'--password=[Password for basic auth (prefer MOTHERSHIP_PASSWORD or \`mothership init\`)]:PASSWORD:_default' \
'--cacert=[PEM file with the CA certificate (or the server'\''s own) to trust]:FILE:_files' \
'-o+[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--output=[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--insecure[Do not verify the server'\''s TLS certificate (unsafe; \`mothership init\` pins it instead)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':id -- ID, name, or unique ID prefix (at least 6 hex digits):_default' \
&& ret=0
;;
(rm)
_arguments "${_arguments_options[@]}" : \
'--host=[Server to talk to\: a URL or host\:port \[default\: from \`mothership init\`, else https\://localhost\:8080\]]:URL:_default' \
'--username=[User name for basic auth]:USER:_default' \
'--password=[Password for basic auth (prefer MOTHERSHIP_PASSWORD or \`mothership init\`)]:PASSWORD:_default' \
'--cacert=[PEM file with the CA certificate (or the server'\''s own) to trust]:FILE:_files' \
'-o+[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--output=[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--insecure[Do not verify the server'\''s TLS certificate (unsafe; \`mothership init\` pins it instead)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':id -- ID, name, or unique ID prefix (at least 6 hex digits):_default' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_mothership__subcmd__nacls__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:mothership-nacls-help-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(push)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(pull)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(show)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(snippets)
_arguments "${_arguments_options[@]}" : \
'-s+[Only those containing TEXT in their ID, name or other fields (case-insensitive)]:TEXT:_default' \
'--search=[Only those containing TEXT in their ID, name or other fields (case-insensitive)]:TEXT:_default' \
'--sort=[Sort key, \`-\` in front for descending, e.g. -created or id (a wrong key'\''s error lists the keys)]:KEY:_default' \
'--limit=[Show at most this many \[default\: all\]]:N:_default' \
'--host=[Server to talk to\: a URL or host\:port \[default\: from \`mothership init\`, else https\://localhost\:8080\]]:URL:_default' \
'--username=[User name for basic auth]:USER:_default' \
'--password=[Password for basic auth (prefer MOTHERSHIP_PASSWORD or \`mothership init\`)]:PASSWORD:_default' \
'--cacert=[PEM file with the CA certificate (or the server'\''s own) to trust]:FILE:_files' \
'-o+[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--output=[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--insecure[Do not verify the server'\''s TLS certificate (unsafe; \`mothership init\` pins it instead)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_mothership__subcmd__snippets_commands" \
"*::: :->snippets" \
&& ret=0

    case $state in
    (snippets)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:mothership-snippets-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
'-s+[Only those containing TEXT in their ID, name or other fields (case-insensitive)]:TEXT:_default' \
'--search=[Only those containing TEXT in their ID, name or other fields (case-insensitive)]:TEXT:_default' \
'--sort=[Sort key, \`-\` in front for descending, e.g. -created or id (a wrong key'\''s error lists the keys)]:KEY:_default' \
'--limit=[Show at most this many \[default\: all\]]:N:_default' \
'--host=[Server to talk to\: a URL or host\:port \[default\: from \`mothership init\`, else https\://localhost\:8080\]]:URL:_default' \
'--username=[User name for basic auth]:USER:_default' \
'--password=[Password for basic auth (prefer MOTHERSHIP_PASSWORD or \`mothership init\`)]:PASSWORD:_default' \
'--cacert=[PEM file with the CA certificate (or the server'\''s own) to trust]:FILE:_files' \
'-o+[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--output=[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--insecure[Do not verify the server'\''s TLS certificate (unsafe; \`mothership init\` pins it instead)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(ls)
_arguments "${_arguments_options[@]}" : \
'-s+[Only those containing TEXT in their ID, name or other fields (case-insensitive)]:TEXT:_default' \
'--search=[Only those containing TEXT in their ID, name or other fields (case-insensitive)]:TEXT:_default' \
'--sort=[Sort key, \`-\` in front for descending, e.g. -created or id (a wrong key'\''s error lists the keys)]:KEY:_default' \
'--limit=[Show at most this many \[default\: all\]]:N:_default' \
'--host=[Server to talk to\: a URL or host\:port \[default\: from \`mothership init\`, else https\://localhost\:8080\]]:URL:_default' \
'--username=[User name for basic auth]:USER:_default' \
'--password=[Password for basic auth (prefer MOTHERSHIP_PASSWORD or \`mothership init\`)]:PASSWORD:_default' \
'--cacert=[PEM file with the CA certificate (or the server'\''s own) to trust]:FILE:_files' \
'-o+[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--output=[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--insecure[Do not verify the server'\''s TLS certificate (unsafe; \`mothership init\` pins it instead)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(push)
_arguments "${_arguments_options[@]}" : \
'-n+[Its name \[default\: the file name without extension\]]:NAME:_default' \
'--name=[Its name \[default\: the file name without extension\]]:NAME:_default' \
'--host=[Server to talk to\: a URL or host\:port \[default\: from \`mothership init\`, else https\://localhost\:8080\]]:URL:_default' \
'--username=[User name for basic auth]:USER:_default' \
'--password=[Password for basic auth (prefer MOTHERSHIP_PASSWORD or \`mothership init\`)]:PASSWORD:_default' \
'--cacert=[PEM file with the CA certificate (or the server'\''s own) to trust]:FILE:_files' \
'-o+[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--output=[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--replace[Replace the content when the name exists already]' \
'--force[(NaCls) Store it even when Mothership'\''s NaCl checks find errors in it (they are refused otherwise; \`mothership validate FILE\` lists them)]' \
'--insecure[Do not verify the server'\''s TLS certificate (unsafe; \`mothership init\` pins it instead)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':file -- The file to upload (at most 1 MiB of UTF-8 text):_files' \
&& ret=0
;;
(pull)
_arguments "${_arguments_options[@]}" : \
'-O+[File to write, \`-\` for standard output \[default\: NAME.nacl or NAME.snippet\]]:FILE:_files' \
'--output-file=[File to write, \`-\` for standard output \[default\: NAME.nacl or NAME.snippet\]]:FILE:_files' \
'--host=[Server to talk to\: a URL or host\:port \[default\: from \`mothership init\`, else https\://localhost\:8080\]]:URL:_default' \
'--username=[User name for basic auth]:USER:_default' \
'--password=[Password for basic auth (prefer MOTHERSHIP_PASSWORD or \`mothership init\`)]:PASSWORD:_default' \
'--cacert=[PEM file with the CA certificate (or the server'\''s own) to trust]:FILE:_files' \
'-o+[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--output=[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--insecure[Do not verify the server'\''s TLS certificate (unsafe; \`mothership init\` pins it instead)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':id -- ID, name, or unique ID prefix (at least 6 hex digits):_default' \
&& ret=0
;;
(show)
_arguments "${_arguments_options[@]}" : \
'--host=[Server to talk to\: a URL or host\:port \[default\: from \`mothership init\`, else https\://localhost\:8080\]]:URL:_default' \
'--username=[User name for basic auth]:USER:_default' \
'--password=[Password for basic auth (prefer MOTHERSHIP_PASSWORD or \`mothership init\`)]:PASSWORD:_default' \
'--cacert=[PEM file with the CA certificate (or the server'\''s own) to trust]:FILE:_files' \
'-o+[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--output=[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--insecure[Do not verify the server'\''s TLS certificate (unsafe; \`mothership init\` pins it instead)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':id -- ID, name, or unique ID prefix (at least 6 hex digits):_default' \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
'--host=[Server to talk to\: a URL or host\:port \[default\: from \`mothership init\`, else https\://localhost\:8080\]]:URL:_default' \
'--username=[User name for basic auth]:USER:_default' \
'--password=[Password for basic auth (prefer MOTHERSHIP_PASSWORD or \`mothership init\`)]:PASSWORD:_default' \
'--cacert=[PEM file with the CA certificate (or the server'\''s own) to trust]:FILE:_files' \
'-o+[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--output=[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--insecure[Do not verify the server'\''s TLS certificate (unsafe; \`mothership init\` pins it instead)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':id -- ID, name, or unique ID prefix (at least 6 hex digits):_default' \
&& ret=0
;;
(rm)
_arguments "${_arguments_options[@]}" : \
'--host=[Server to talk to\: a URL or host\:port \[default\: from \`mothership init\`, else https\://localhost\:8080\]]:URL:_default' \
'--username=[User name for basic auth]:USER:_default' \
'--password=[Password for basic auth (prefer MOTHERSHIP_PASSWORD or \`mothership init\`)]:PASSWORD:_default' \
'--cacert=[PEM file with the CA certificate (or the server'\''s own) to trust]:FILE:_files' \
'-o+[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--output=[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--insecure[Do not verify the server'\''s TLS certificate (unsafe; \`mothership init\` pins it instead)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':id -- ID, name, or unique ID prefix (at least 6 hex digits):_default' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_mothership__subcmd__snippets__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:mothership-snippets-help-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(push)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(pull)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(show)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(uplinks)
_arguments "${_arguments_options[@]}" : \
'-s+[Only those containing TEXT in their ID, name or other fields (case-insensitive)]:TEXT:_default' \
'--search=[Only those containing TEXT in their ID, name or other fields (case-insensitive)]:TEXT:_default' \
'--sort=[Sort key, \`-\` in front for descending, e.g. -created or id (a wrong key'\''s error lists the keys)]:KEY:_default' \
'--limit=[Show at most this many \[default\: all\]]:N:_default' \
'--host=[Server to talk to\: a URL or host\:port \[default\: from \`mothership init\`, else https\://localhost\:8080\]]:URL:_default' \
'--username=[User name for basic auth]:USER:_default' \
'--password=[Password for basic auth (prefer MOTHERSHIP_PASSWORD or \`mothership init\`)]:PASSWORD:_default' \
'--cacert=[PEM file with the CA certificate (or the server'\''s own) to trust]:FILE:_files' \
'-o+[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--output=[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--insecure[Do not verify the server'\''s TLS certificate (unsafe; \`mothership init\` pins it instead)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_mothership__subcmd__uplinks_commands" \
"*::: :->uplinks" \
&& ret=0

    case $state in
    (uplinks)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:mothership-uplinks-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
'-s+[Only those containing TEXT in their ID, name or other fields (case-insensitive)]:TEXT:_default' \
'--search=[Only those containing TEXT in their ID, name or other fields (case-insensitive)]:TEXT:_default' \
'--sort=[Sort key, \`-\` in front for descending, e.g. -created or id (a wrong key'\''s error lists the keys)]:KEY:_default' \
'--limit=[Show at most this many \[default\: all\]]:N:_default' \
'--host=[Server to talk to\: a URL or host\:port \[default\: from \`mothership init\`, else https\://localhost\:8080\]]:URL:_default' \
'--username=[User name for basic auth]:USER:_default' \
'--password=[Password for basic auth (prefer MOTHERSHIP_PASSWORD or \`mothership init\`)]:PASSWORD:_default' \
'--cacert=[PEM file with the CA certificate (or the server'\''s own) to trust]:FILE:_files' \
'-o+[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--output=[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--insecure[Do not verify the server'\''s TLS certificate (unsafe; \`mothership init\` pins it instead)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(ls)
_arguments "${_arguments_options[@]}" : \
'-s+[Only those containing TEXT in their ID, name or other fields (case-insensitive)]:TEXT:_default' \
'--search=[Only those containing TEXT in their ID, name or other fields (case-insensitive)]:TEXT:_default' \
'--sort=[Sort key, \`-\` in front for descending, e.g. -created or id (a wrong key'\''s error lists the keys)]:KEY:_default' \
'--limit=[Show at most this many \[default\: all\]]:N:_default' \
'--host=[Server to talk to\: a URL or host\:port \[default\: from \`mothership init\`, else https\://localhost\:8080\]]:URL:_default' \
'--username=[User name for basic auth]:USER:_default' \
'--password=[Password for basic auth (prefer MOTHERSHIP_PASSWORD or \`mothership init\`)]:PASSWORD:_default' \
'--cacert=[PEM file with the CA certificate (or the server'\''s own) to trust]:FILE:_files' \
'-o+[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--output=[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--insecure[Do not verify the server'\''s TLS certificate (unsafe; \`mothership init\` pins it instead)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(create)
_arguments "${_arguments_options[@]}" : \
'--url=[Where instances dock\: https\://host\:9090 (http\:// without uplink TLS)]:URL:_default' \
'--token=[Token instances authenticate with \[default\: 256 random bits\]]:TOKEN:_default' \
'--index=[Network interface the instance docks from\: a number or a name \[instance default\: 0\]]:N|NAME:_default' \
'--tag=[Tag (image name) the instances report; \`build --tag\` overrides it]:TAG:_default' \
'--certs=[Path of the CA certificates on the image'\''s memdisk \[instance default\: /certs\]]:PATH:_default' \
'--verify=[Verify the server certificate \[instance default\: true\]]:BOOL:(true false)' \
'--reboot=[Reboot on panic \[instance default\: true\]]:BOOL:(true false)' \
'--ws-logging=[Send logs over the uplink \[instance default\: true\]]:BOOL:(true false)' \
'--serialize-ct=[Serialize the console \[instance default\: false\]]:BOOL:(true false)' \
'--send-stats=[Send stats every MS milliseconds, 0 = never \[instance default\: 0\]]:MS:_default' \
'--ca=[PEM file of the CA that signs the uplink'\''s certificate\: images for an https uplink carry it in their certs folder \[default\: the certificate the uplink port presents\]]:FILE:_files' \
'--host=[Server to talk to\: a URL or host\:port \[default\: from \`mothership init\`, else https\://localhost\:8080\]]:URL:_default' \
'--username=[User name for basic auth]:USER:_default' \
'--password=[Password for basic auth (prefer MOTHERSHIP_PASSWORD or \`mothership init\`)]:PASSWORD:_default' \
'--cacert=[PEM file with the CA certificate (or the server'\''s own) to trust]:FILE:_files' \
'-o+[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--output=[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--insecure[Do not verify the server'\''s TLS certificate (unsafe; \`mothership init\` pins it instead)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':name -- Name of the uplink:_default' \
&& ret=0
;;
(show)
_arguments "${_arguments_options[@]}" : \
'--host=[Server to talk to\: a URL or host\:port \[default\: from \`mothership init\`, else https\://localhost\:8080\]]:URL:_default' \
'--username=[User name for basic auth]:USER:_default' \
'--password=[Password for basic auth (prefer MOTHERSHIP_PASSWORD or \`mothership init\`)]:PASSWORD:_default' \
'--cacert=[PEM file with the CA certificate (or the server'\''s own) to trust]:FILE:_files' \
'-o+[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--output=[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--token[Show the token too (the secret baked into every image built for this uplink; kept out of lists and of \`show\` without this flag)]' \
'--insecure[Do not verify the server'\''s TLS certificate (unsafe; \`mothership init\` pins it instead)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':id -- Uplink ID or name:_default' \
&& ret=0
;;
(update)
_arguments "${_arguments_options[@]}" : \
'--name=[New name]:NAME:_default' \
'--url=[New URL]:URL:_default' \
'--token=[New token]:TOKEN:_default' \
'--index=[Network interface the instance docks from\: a number or a name \[instance default\: 0\]]:N|NAME:_default' \
'--tag=[Tag (image name) the instances report; \`build --tag\` overrides it]:TAG:_default' \
'--certs=[Path of the CA certificates on the image'\''s memdisk \[instance default\: /certs\]]:PATH:_default' \
'--verify=[Verify the server certificate \[instance default\: true\]]:BOOL:(true false)' \
'--reboot=[Reboot on panic \[instance default\: true\]]:BOOL:(true false)' \
'--ws-logging=[Send logs over the uplink \[instance default\: true\]]:BOOL:(true false)' \
'--serialize-ct=[Serialize the console \[instance default\: false\]]:BOOL:(true false)' \
'--send-stats=[Send stats every MS milliseconds, 0 = never \[instance default\: 0\]]:MS:_default' \
'--ca=[PEM file of the CA that signs the uplink'\''s certificate\: images for an https uplink carry it in their certs folder \[default\: the certificate the uplink port presents\]]:FILE:_files' \
'*--clear=[Unset an optional key (back to the instance default); repeatable]:KEY:(index tag certs verify reboot ws_logging serialize_ct send_stats ca)' \
'--host=[Server to talk to\: a URL or host\:port \[default\: from \`mothership init\`, else https\://localhost\:8080\]]:URL:_default' \
'--username=[User name for basic auth]:USER:_default' \
'--password=[Password for basic auth (prefer MOTHERSHIP_PASSWORD or \`mothership init\`)]:PASSWORD:_default' \
'--cacert=[PEM file with the CA certificate (or the server'\''s own) to trust]:FILE:_files' \
'-o+[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--output=[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--insecure[Do not verify the server'\''s TLS certificate (unsafe; \`mothership init\` pins it instead)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':id -- ID or name of the uplink:_default' \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
'--host=[Server to talk to\: a URL or host\:port \[default\: from \`mothership init\`, else https\://localhost\:8080\]]:URL:_default' \
'--username=[User name for basic auth]:USER:_default' \
'--password=[Password for basic auth (prefer MOTHERSHIP_PASSWORD or \`mothership init\`)]:PASSWORD:_default' \
'--cacert=[PEM file with the CA certificate (or the server'\''s own) to trust]:FILE:_files' \
'-o+[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--output=[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--insecure[Do not verify the server'\''s TLS certificate (unsafe; \`mothership init\` pins it instead)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':id -- Uplink ID or name:_default' \
&& ret=0
;;
(rm)
_arguments "${_arguments_options[@]}" : \
'--host=[Server to talk to\: a URL or host\:port \[default\: from \`mothership init\`, else https\://localhost\:8080\]]:URL:_default' \
'--username=[User name for basic auth]:USER:_default' \
'--password=[Password for basic auth (prefer MOTHERSHIP_PASSWORD or \`mothership init\`)]:PASSWORD:_default' \
'--cacert=[PEM file with the CA certificate (or the server'\''s own) to trust]:FILE:_files' \
'-o+[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--output=[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--insecure[Do not verify the server'\''s TLS certificate (unsafe; \`mothership init\` pins it instead)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':id -- Uplink ID or name:_default' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_mothership__subcmd__uplinks__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:mothership-uplinks-help-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(create)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(show)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(update)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(push-image)
_arguments "${_arguments_options[@]}" : \
'-t+[A tag (name) for the image, shown in lists and searchable]:TAG:_default' \
'--tag=[A tag (name) for the image, shown in lists and searchable]:TAG:_default' \
'--host=[Server to talk to\: a URL or host\:port \[default\: from \`mothership init\`, else https\://localhost\:8080\]]:URL:_default' \
'--username=[User name for basic auth]:USER:_default' \
'--password=[Password for basic auth (prefer MOTHERSHIP_PASSWORD or \`mothership init\`)]:PASSWORD:_default' \
'--cacert=[PEM file with the CA certificate (or the server'\''s own) to trust]:FILE:_files' \
'-o+[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--output=[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--insecure[Do not verify the server'\''s TLS certificate (unsafe; \`mothership init\` pins it instead)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':file -- The IncludeOS binary (an ELF file):_files' \
&& ret=0
;;
(pull-image)
_arguments "${_arguments_options[@]}" : \
'-O+[File to write, \`-\` for standard output \[default\: the image ID\]]:FILE:_files' \
'--output-file=[File to write, \`-\` for standard output \[default\: the image ID\]]:FILE:_files' \
'--host=[Server to talk to\: a URL or host\:port \[default\: from \`mothership init\`, else https\://localhost\:8080\]]:URL:_default' \
'--username=[User name for basic auth]:USER:_default' \
'--password=[Password for basic auth (prefer MOTHERSHIP_PASSWORD or \`mothership init\`)]:PASSWORD:_default' \
'--cacert=[PEM file with the CA certificate (or the server'\''s own) to trust]:FILE:_files' \
'-o+[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--output=[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--insecure[Do not verify the server'\''s TLS certificate (unsafe; \`mothership init\` pins it instead)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':id -- Image ID or unique ID prefix (at least 6 hex digits):_default' \
&& ret=0
;;
(push-nacl)
_arguments "${_arguments_options[@]}" : \
'-n+[Its name \[default\: the file name without extension\]]:NAME:_default' \
'--name=[Its name \[default\: the file name without extension\]]:NAME:_default' \
'--host=[Server to talk to\: a URL or host\:port \[default\: from \`mothership init\`, else https\://localhost\:8080\]]:URL:_default' \
'--username=[User name for basic auth]:USER:_default' \
'--password=[Password for basic auth (prefer MOTHERSHIP_PASSWORD or \`mothership init\`)]:PASSWORD:_default' \
'--cacert=[PEM file with the CA certificate (or the server'\''s own) to trust]:FILE:_files' \
'-o+[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--output=[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--replace[Replace the content when the name exists already]' \
'--force[(NaCls) Store it even when Mothership'\''s NaCl checks find errors in it (they are refused otherwise; \`mothership validate FILE\` lists them)]' \
'--insecure[Do not verify the server'\''s TLS certificate (unsafe; \`mothership init\` pins it instead)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':file -- The file to upload (at most 1 MiB of UTF-8 text):_files' \
&& ret=0
;;
(pull-nacl)
_arguments "${_arguments_options[@]}" : \
'-O+[File to write, \`-\` for standard output \[default\: NAME.nacl or NAME.snippet\]]:FILE:_files' \
'--output-file=[File to write, \`-\` for standard output \[default\: NAME.nacl or NAME.snippet\]]:FILE:_files' \
'--host=[Server to talk to\: a URL or host\:port \[default\: from \`mothership init\`, else https\://localhost\:8080\]]:URL:_default' \
'--username=[User name for basic auth]:USER:_default' \
'--password=[Password for basic auth (prefer MOTHERSHIP_PASSWORD or \`mothership init\`)]:PASSWORD:_default' \
'--cacert=[PEM file with the CA certificate (or the server'\''s own) to trust]:FILE:_files' \
'-o+[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--output=[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--insecure[Do not verify the server'\''s TLS certificate (unsafe; \`mothership init\` pins it instead)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':id -- ID, name, or unique ID prefix (at least 6 hex digits):_default' \
&& ret=0
;;
(bobproviders)
_arguments "${_arguments_options[@]}" : \
'--host=[Server to talk to\: a URL or host\:port \[default\: from \`mothership init\`, else https\://localhost\:8080\]]:URL:_default' \
'--username=[User name for basic auth]:USER:_default' \
'--password=[Password for basic auth (prefer MOTHERSHIP_PASSWORD or \`mothership init\`)]:PASSWORD:_default' \
'--cacert=[PEM file with the CA certificate (or the server'\''s own) to trust]:FILE:_files' \
'-o+[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--output=[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--insecure[Do not verify the server'\''s TLS certificate (unsafe; \`mothership init\` pins it instead)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_mothership__subcmd__bobproviders_commands" \
"*::: :->bobproviders" \
&& ret=0

    case $state in
    (bobproviders)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:mothership-bobproviders-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
'--host=[Server to talk to\: a URL or host\:port \[default\: from \`mothership init\`, else https\://localhost\:8080\]]:URL:_default' \
'--username=[User name for basic auth]:USER:_default' \
'--password=[Password for basic auth (prefer MOTHERSHIP_PASSWORD or \`mothership init\`)]:PASSWORD:_default' \
'--cacert=[PEM file with the CA certificate (or the server'\''s own) to trust]:FILE:_files' \
'-o+[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--output=[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--insecure[Do not verify the server'\''s TLS certificate (unsafe; \`mothership init\` pins it instead)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(update)
_arguments "${_arguments_options[@]}" : \
'--host=[Server to talk to\: a URL or host\:port \[default\: from \`mothership init\`, else https\://localhost\:8080\]]:URL:_default' \
'--username=[User name for basic auth]:USER:_default' \
'--password=[Password for basic auth (prefer MOTHERSHIP_PASSWORD or \`mothership init\`)]:PASSWORD:_default' \
'--cacert=[PEM file with the CA certificate (or the server'\''s own) to trust]:FILE:_files' \
'-o+[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--output=[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--insecure[Do not verify the server'\''s TLS certificate (unsafe; \`mothership init\` pins it instead)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':provider -- DockerHub or Local:_default' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_mothership__subcmd__bobproviders__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:mothership-bobproviders-help-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(update)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(bobs)
_arguments "${_arguments_options[@]}" : \
'--host=[Server to talk to\: a URL or host\:port \[default\: from \`mothership init\`, else https\://localhost\:8080\]]:URL:_default' \
'--username=[User name for basic auth]:USER:_default' \
'--password=[Password for basic auth (prefer MOTHERSHIP_PASSWORD or \`mothership init\`)]:PASSWORD:_default' \
'--cacert=[PEM file with the CA certificate (or the server'\''s own) to trust]:FILE:_files' \
'-o+[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--output=[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--insecure[Do not verify the server'\''s TLS certificate (unsafe; \`mothership init\` pins it instead)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_mothership__subcmd__bobs_commands" \
"*::: :->bobs" \
&& ret=0

    case $state in
    (bobs)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:mothership-bobs-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
'--host=[Server to talk to\: a URL or host\:port \[default\: from \`mothership init\`, else https\://localhost\:8080\]]:URL:_default' \
'--username=[User name for basic auth]:USER:_default' \
'--password=[Password for basic auth (prefer MOTHERSHIP_PASSWORD or \`mothership init\`)]:PASSWORD:_default' \
'--cacert=[PEM file with the CA certificate (or the server'\''s own) to trust]:FILE:_files' \
'-o+[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--output=[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--insecure[Do not verify the server'\''s TLS certificate (unsafe; \`mothership init\` pins it instead)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':provider -- DockerHub or Local:_default' \
&& ret=0
;;
(prepare)
_arguments "${_arguments_options[@]}" : \
'--host=[Server to talk to\: a URL or host\:port \[default\: from \`mothership init\`, else https\://localhost\:8080\]]:URL:_default' \
'--username=[User name for basic auth]:USER:_default' \
'--password=[Password for basic auth (prefer MOTHERSHIP_PASSWORD or \`mothership init\`)]:PASSWORD:_default' \
'--cacert=[PEM file with the CA certificate (or the server'\''s own) to trust]:FILE:_files' \
'-o+[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--output=[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--insecure[Do not verify the server'\''s TLS certificate (unsafe; \`mothership init\` pins it instead)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':provider -- DockerHub or Local:_default' \
':bob -- The bob'\''s ID (see `mothership bobs list PROVIDER`):_default' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_mothership__subcmd__bobs__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:mothership-bobs-help-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(prepare)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(builders)
_arguments "${_arguments_options[@]}" : \
'--host=[Server to talk to\: a URL or host\:port \[default\: from \`mothership init\`, else https\://localhost\:8080\]]:URL:_default' \
'--username=[User name for basic auth]:USER:_default' \
'--password=[Password for basic auth (prefer MOTHERSHIP_PASSWORD or \`mothership init\`)]:PASSWORD:_default' \
'--cacert=[PEM file with the CA certificate (or the server'\''s own) to trust]:FILE:_files' \
'-o+[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--output=[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--insecure[Do not verify the server'\''s TLS certificate (unsafe; \`mothership init\` pins it instead)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_mothership__subcmd__builders_commands" \
"*::: :->builders" \
&& ret=0

    case $state in
    (builders)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:mothership-builders-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
'--host=[Server to talk to\: a URL or host\:port \[default\: from \`mothership init\`, else https\://localhost\:8080\]]:URL:_default' \
'--username=[User name for basic auth]:USER:_default' \
'--password=[Password for basic auth (prefer MOTHERSHIP_PASSWORD or \`mothership init\`)]:PASSWORD:_default' \
'--cacert=[PEM file with the CA certificate (or the server'\''s own) to trust]:FILE:_files' \
'-o+[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--output=[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--insecure[Do not verify the server'\''s TLS certificate (unsafe; \`mothership init\` pins it instead)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(inspect)
_arguments "${_arguments_options[@]}" : \
'--host=[Server to talk to\: a URL or host\:port \[default\: from \`mothership init\`, else https\://localhost\:8080\]]:URL:_default' \
'--username=[User name for basic auth]:USER:_default' \
'--password=[Password for basic auth (prefer MOTHERSHIP_PASSWORD or \`mothership init\`)]:PASSWORD:_default' \
'--cacert=[PEM file with the CA certificate (or the server'\''s own) to trust]:FILE:_files' \
'-o+[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--output=[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--insecure[Do not verify the server'\''s TLS certificate (unsafe; \`mothership init\` pins it instead)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':id -- Builder ID:_default' \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
'--host=[Server to talk to\: a URL or host\:port \[default\: from \`mothership init\`, else https\://localhost\:8080\]]:URL:_default' \
'--username=[User name for basic auth]:USER:_default' \
'--password=[Password for basic auth (prefer MOTHERSHIP_PASSWORD or \`mothership init\`)]:PASSWORD:_default' \
'--cacert=[PEM file with the CA certificate (or the server'\''s own) to trust]:FILE:_files' \
'-o+[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--output=[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--insecure[Do not verify the server'\''s TLS certificate (unsafe; \`mothership init\` pins it instead)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':id -- Builder ID:_default' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_mothership__subcmd__builders__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:mothership-builders-help-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(inspect)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(services)
_arguments "${_arguments_options[@]}" : \
'--host=[Server to talk to\: a URL or host\:port \[default\: from \`mothership init\`, else https\://localhost\:8080\]]:URL:_default' \
'--username=[User name for basic auth]:USER:_default' \
'--password=[Password for basic auth (prefer MOTHERSHIP_PASSWORD or \`mothership init\`)]:PASSWORD:_default' \
'--cacert=[PEM file with the CA certificate (or the server'\''s own) to trust]:FILE:_files' \
'-o+[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--output=[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--insecure[Do not verify the server'\''s TLS certificate (unsafe; \`mothership init\` pins it instead)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_mothership__subcmd__services_commands" \
"*::: :->services" \
&& ret=0

    case $state in
    (services)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:mothership-services-command-$line[1]:"
        case $line[1] in
            (push)
_arguments "${_arguments_options[@]}" : \
'--name=[Store it under this name]:NAME:_default' \
'--host=[Server to talk to\: a URL or host\:port \[default\: from \`mothership init\`, else https\://localhost\:8080\]]:URL:_default' \
'--username=[User name for basic auth]:USER:_default' \
'--password=[Password for basic auth (prefer MOTHERSHIP_PASSWORD or \`mothership init\`)]:PASSWORD:_default' \
'--cacert=[PEM file with the CA certificate (or the server'\''s own) to trust]:FILE:_files' \
'-o+[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--output=[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--insecure[Do not verify the server'\''s TLS certificate (unsafe; \`mothership init\` pins it instead)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':dir -- The service directory (holding CMakeLists.txt):_files' \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
'--host=[Server to talk to\: a URL or host\:port \[default\: from \`mothership init\`, else https\://localhost\:8080\]]:URL:_default' \
'--username=[User name for basic auth]:USER:_default' \
'--password=[Password for basic auth (prefer MOTHERSHIP_PASSWORD or \`mothership init\`)]:PASSWORD:_default' \
'--cacert=[PEM file with the CA certificate (or the server'\''s own) to trust]:FILE:_files' \
'-o+[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--output=[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--insecure[Do not verify the server'\''s TLS certificate (unsafe; \`mothership init\` pins it instead)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(inspect)
_arguments "${_arguments_options[@]}" : \
'--host=[Server to talk to\: a URL or host\:port \[default\: from \`mothership init\`, else https\://localhost\:8080\]]:URL:_default' \
'--username=[User name for basic auth]:USER:_default' \
'--password=[Password for basic auth (prefer MOTHERSHIP_PASSWORD or \`mothership init\`)]:PASSWORD:_default' \
'--cacert=[PEM file with the CA certificate (or the server'\''s own) to trust]:FILE:_files' \
'-o+[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--output=[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--insecure[Do not verify the server'\''s TLS certificate (unsafe; \`mothership init\` pins it instead)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':name -- Service name:_default' \
&& ret=0
;;
(pull)
_arguments "${_arguments_options[@]}" : \
'-f+[Where to write the tar \[default\: NAME.tar\]]:FILE:_files' \
'--file=[Where to write the tar \[default\: NAME.tar\]]:FILE:_files' \
'--host=[Server to talk to\: a URL or host\:port \[default\: from \`mothership init\`, else https\://localhost\:8080\]]:URL:_default' \
'--username=[User name for basic auth]:USER:_default' \
'--password=[Password for basic auth (prefer MOTHERSHIP_PASSWORD or \`mothership init\`)]:PASSWORD:_default' \
'--cacert=[PEM file with the CA certificate (or the server'\''s own) to trust]:FILE:_files' \
'-o+[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--output=[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--insecure[Do not verify the server'\''s TLS certificate (unsafe; \`mothership init\` pins it instead)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':name -- Service name:_default' \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
'--host=[Server to talk to\: a URL or host\:port \[default\: from \`mothership init\`, else https\://localhost\:8080\]]:URL:_default' \
'--username=[User name for basic auth]:USER:_default' \
'--password=[Password for basic auth (prefer MOTHERSHIP_PASSWORD or \`mothership init\`)]:PASSWORD:_default' \
'--cacert=[PEM file with the CA certificate (or the server'\''s own) to trust]:FILE:_files' \
'-o+[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--output=[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--insecure[Do not verify the server'\''s TLS certificate (unsafe; \`mothership init\` pins it instead)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':name -- Service name:_default' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_mothership__subcmd__services__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:mothership-services-help-command-$line[1]:"
        case $line[1] in
            (push)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(inspect)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(pull)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(build)
_arguments "${_arguments_options[@]}" : \
'--builder=[The builder to build with]:ID:_default' \
'(--nacl)--nacl-file=[A NaCl file to build with]:FILE:_files' \
'--nacl=[A stored NaCl to build with, by ID or name]:NACL:_default' \
'--uplink=[The uplink the image docks with, by ID or name \[default\: the default uplink\]]:UPLINK:_default' \
'--tag=[The image'\''s tag (the name its instances report)]:TAG:_default' \
'--host=[Server to talk to\: a URL or host\:port \[default\: from \`mothership init\`, else https\://localhost\:8080\]]:URL:_default' \
'--username=[User name for basic auth]:USER:_default' \
'--password=[Password for basic auth (prefer MOTHERSHIP_PASSWORD or \`mothership init\`)]:PASSWORD:_default' \
'--cacert=[PEM file with the CA certificate (or the server'\''s own) to trust]:FILE:_files' \
'-o+[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--output=[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--detach[Print the build ID and return at once instead of following the build]' \
'--insecure[Do not verify the server'\''s TLS certificate (unsafe; \`mothership init\` pins it instead)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':service -- The service to build\: Starbase, or one you stored (see `mothership services list`):_default' \
&& ret=0
;;
(validate)
_arguments "${_arguments_options[@]}" : \
'--builder=[Validate with this builder (IncludeOS'\''s own NaCl.py) instead of checking here]:ID:_default' \
'--host=[Server to talk to\: a URL or host\:port \[default\: from \`mothership init\`, else https\://localhost\:8080\]]:URL:_default' \
'--username=[User name for basic auth]:USER:_default' \
'--password=[Password for basic auth (prefer MOTHERSHIP_PASSWORD or \`mothership init\`)]:PASSWORD:_default' \
'--cacert=[PEM file with the CA certificate (or the server'\''s own) to trust]:FILE:_files' \
'-o+[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--output=[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--insecure[Do not verify the server'\''s TLS certificate (unsafe; \`mothership init\` pins it instead)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':nacl -- The NaCl to validate\: a file, or else the ID or name of a stored NaCl:_default' \
&& ret=0
;;
(nacl)
_arguments "${_arguments_options[@]}" : \
'--host=[Server to talk to\: a URL or host\:port \[default\: from \`mothership init\`, else https\://localhost\:8080\]]:URL:_default' \
'--username=[User name for basic auth]:USER:_default' \
'--password=[Password for basic auth (prefer MOTHERSHIP_PASSWORD or \`mothership init\`)]:PASSWORD:_default' \
'--cacert=[PEM file with the CA certificate (or the server'\''s own) to trust]:FILE:_files' \
'-o+[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--output=[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--insecure[Do not verify the server'\''s TLS certificate (unsafe; \`mothership init\` pins it instead)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_mothership__subcmd__nacl_commands" \
"*::: :->nacl" \
&& ret=0

    case $state in
    (nacl)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:mothership-nacl-command-$line[1]:"
        case $line[1] in
            (fmt)
_arguments "${_arguments_options[@]}" : \
'--host=[Server to talk to\: a URL or host\:port \[default\: from \`mothership init\`, else https\://localhost\:8080\]]:URL:_default' \
'--username=[User name for basic auth]:USER:_default' \
'--password=[Password for basic auth (prefer MOTHERSHIP_PASSWORD or \`mothership init\`)]:PASSWORD:_default' \
'--cacert=[PEM file with the CA certificate (or the server'\''s own) to trust]:FILE:_files' \
'-o+[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--output=[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--check[Change nothing\: exit 1 and name the file if formatting would change it]' \
'--insecure[Do not verify the server'\''s TLS certificate (unsafe; \`mothership init\` pins it instead)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':file -- The NaCl file to format:_files' \
&& ret=0
;;
(transpile)
_arguments "${_arguments_options[@]}" : \
'--host=[Server to talk to\: a URL or host\:port \[default\: from \`mothership init\`, else https\://localhost\:8080\]]:URL:_default' \
'--username=[User name for basic auth]:USER:_default' \
'--password=[Password for basic auth (prefer MOTHERSHIP_PASSWORD or \`mothership init\`)]:PASSWORD:_default' \
'--cacert=[PEM file with the CA certificate (or the server'\''s own) to trust]:FILE:_files' \
'-o+[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--output=[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--insecure[Do not verify the server'\''s TLS certificate (unsafe; \`mothership init\` pins it instead)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':file -- The NaCl file to transpile:_files' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_mothership__subcmd__nacl__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:mothership-nacl-help-command-$line[1]:"
        case $line[1] in
            (fmt)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(transpile)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(upgrade)
_arguments "${_arguments_options[@]}" : \
'--nacl=[The stored NaCl to build with, by id or name \[default\: the NaCl of the image it runs\]]:ID:_default' \
'--builder=[The builder to build with \[default\: the newest of the instance'\''s IncludeOS version, else the newest\]]:ID:_default' \
'--tag=[The new image'\''s tag]:TAG:_default' \
'--host=[Server to talk to\: a URL or host\:port \[default\: from \`mothership init\`, else https\://localhost\:8080\]]:URL:_default' \
'--username=[User name for basic auth]:USER:_default' \
'--password=[Password for basic auth (prefer MOTHERSHIP_PASSWORD or \`mothership init\`)]:PASSWORD:_default' \
'--cacert=[PEM file with the CA certificate (or the server'\''s own) to trust]:FILE:_files' \
'-o+[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--output=[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--force[Deploy even when the uplink url or IncludeOS version checks fail]' \
'-d[Print the upgrade id and return at once instead of following the upgrade]' \
'--detach[Print the upgrade id and return at once instead of following the upgrade]' \
'(-d --detach)-w[Accepted for compatibility\: following is the default now]' \
'(-d --detach)--wait[Accepted for compatibility\: following is the default now]' \
'--insecure[Do not verify the server'\''s TLS certificate (unsafe; \`mothership init\` pins it instead)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':instance -- The instance (ID, unique start of one, or alias):_default' \
&& ret=0
;;
(upgrades)
_arguments "${_arguments_options[@]}" : \
'-i+[Only upgrades of this instance (ID, unique start of one, or alias)]:ID:_default' \
'--instance=[Only upgrades of this instance (ID, unique start of one, or alias)]:ID:_default' \
'--status=[Only upgrades with this status]:STATUS:(building deploying verified failed cancelled)' \
'-s+[Only upgrades whose ID, instance, build or deploy ID contain this]:TEXT:_default' \
'--search=[Only upgrades whose ID, instance, build or deploy ID contain this]:TEXT:_default' \
'--limit=[Show at most this many \[default\: 100\]]:N:_default' \
'--host=[Server to talk to\: a URL or host\:port \[default\: from \`mothership init\`, else https\://localhost\:8080\]]:URL:_default' \
'--username=[User name for basic auth]:USER:_default' \
'--password=[Password for basic auth (prefer MOTHERSHIP_PASSWORD or \`mothership init\`)]:PASSWORD:_default' \
'--cacert=[PEM file with the CA certificate (or the server'\''s own) to trust]:FILE:_files' \
'-o+[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--output=[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--insecure[Do not verify the server'\''s TLS certificate (unsafe; \`mothership init\` pins it instead)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_mothership__subcmd__upgrades_commands" \
"*::: :->upgrades" \
&& ret=0

    case $state in
    (upgrades)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:mothership-upgrades-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
'-i+[Only upgrades of this instance (ID, unique start of one, or alias)]:ID:_default' \
'--instance=[Only upgrades of this instance (ID, unique start of one, or alias)]:ID:_default' \
'--status=[Only upgrades with this status]:STATUS:(building deploying verified failed cancelled)' \
'-s+[Only upgrades whose ID, instance, build or deploy ID contain this]:TEXT:_default' \
'--search=[Only upgrades whose ID, instance, build or deploy ID contain this]:TEXT:_default' \
'--limit=[Show at most this many \[default\: 100\]]:N:_default' \
'--host=[Server to talk to\: a URL or host\:port \[default\: from \`mothership init\`, else https\://localhost\:8080\]]:URL:_default' \
'--username=[User name for basic auth]:USER:_default' \
'--password=[Password for basic auth (prefer MOTHERSHIP_PASSWORD or \`mothership init\`)]:PASSWORD:_default' \
'--cacert=[PEM file with the CA certificate (or the server'\''s own) to trust]:FILE:_files' \
'-o+[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--output=[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--insecure[Do not verify the server'\''s TLS certificate (unsafe; \`mothership init\` pins it instead)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(ls)
_arguments "${_arguments_options[@]}" : \
'-i+[Only upgrades of this instance (ID, unique start of one, or alias)]:ID:_default' \
'--instance=[Only upgrades of this instance (ID, unique start of one, or alias)]:ID:_default' \
'--status=[Only upgrades with this status]:STATUS:(building deploying verified failed cancelled)' \
'-s+[Only upgrades whose ID, instance, build or deploy ID contain this]:TEXT:_default' \
'--search=[Only upgrades whose ID, instance, build or deploy ID contain this]:TEXT:_default' \
'--limit=[Show at most this many \[default\: 100\]]:N:_default' \
'--host=[Server to talk to\: a URL or host\:port \[default\: from \`mothership init\`, else https\://localhost\:8080\]]:URL:_default' \
'--username=[User name for basic auth]:USER:_default' \
'--password=[Password for basic auth (prefer MOTHERSHIP_PASSWORD or \`mothership init\`)]:PASSWORD:_default' \
'--cacert=[PEM file with the CA certificate (or the server'\''s own) to trust]:FILE:_files' \
'-o+[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--output=[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--insecure[Do not verify the server'\''s TLS certificate (unsafe; \`mothership init\` pins it instead)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(show)
_arguments "${_arguments_options[@]}" : \
'--host=[Server to talk to\: a URL or host\:port \[default\: from \`mothership init\`, else https\://localhost\:8080\]]:URL:_default' \
'--username=[User name for basic auth]:USER:_default' \
'--password=[Password for basic auth (prefer MOTHERSHIP_PASSWORD or \`mothership init\`)]:PASSWORD:_default' \
'--cacert=[PEM file with the CA certificate (or the server'\''s own) to trust]:FILE:_files' \
'-o+[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--output=[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--insecure[Do not verify the server'\''s TLS certificate (unsafe; \`mothership init\` pins it instead)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':id -- ID, name, or unique ID prefix (at least 6 hex digits):_default' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_mothership__subcmd__upgrades__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:mothership-upgrades-help-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(show)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(rollout)
_arguments "${_arguments_options[@]}" : \
'--host=[Server to talk to\: a URL or host\:port \[default\: from \`mothership init\`, else https\://localhost\:8080\]]:URL:_default' \
'--username=[User name for basic auth]:USER:_default' \
'--password=[Password for basic auth (prefer MOTHERSHIP_PASSWORD or \`mothership init\`)]:PASSWORD:_default' \
'--cacert=[PEM file with the CA certificate (or the server'\''s own) to trust]:FILE:_files' \
'-o+[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--output=[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--insecure[Do not verify the server'\''s TLS certificate (unsafe; \`mothership init\` pins it instead)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_mothership__subcmd__rollout_commands" \
"*::: :->rollout" \
&& ret=0

    case $state in
    (rollout)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:mothership-rollout-command-$line[1]:"
        case $line[1] in
            (start)
_arguments "${_arguments_options[@]}" : \
'*--selector=[Which instances\: tag=T, service=S, version=V (IncludeOS), instances=ID,ID,...; repeat to combine filters]:KEY=VALUE:_default' \
'*--waves=[Wave sizes, comma-separated\: a count (5) or a share (10%); the first is the canary]:SIZES:_default' \
'--threshold=[Percent of a wave that must verify for the next one to start \[default\: 100\]]:PERCENT:_default' \
'--error-threshold=[Percent of a wave whose failure pauses the rollout at once]:PERCENT:_default' \
'--soak=[Seconds between a wave passing and the next one starting]:SECONDS:_default' \
'--concurrency=[Instances of a wave updated at the same time \[default\: 100\]]:N:_default' \
'--host=[Server to talk to\: a URL or host\:port \[default\: from \`mothership init\`, else https\://localhost\:8080\]]:URL:_default' \
'--username=[User name for basic auth]:USER:_default' \
'--password=[Password for basic auth (prefer MOTHERSHIP_PASSWORD or \`mothership init\`)]:PASSWORD:_default' \
'--cacert=[PEM file with the CA certificate (or the server'\''s own) to trust]:FILE:_files' \
'-o+[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--output=[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--rollback[On failures that pause the rollout, put the failed instances back on their previous image]' \
'--build-per-version[Selected instances run several IncludeOS versions\: build the image (a stored build) again for each other version with its newest builder, each instance getting its version'\''s image]' \
'--insecure[Do not verify the server'\''s TLS certificate (unsafe; \`mothership init\` pins it instead)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':image -- The image (ID or unique start of one):_default' \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
'--status=[Only rollouts with this status]:STATUS:(running paused completed cancelled rolling_back rolled_back interrupted)' \
'-s+[Only rollouts whose ID, image or instances contain this]:TEXT:_default' \
'--search=[Only rollouts whose ID, image or instances contain this]:TEXT:_default' \
'--limit=[Show at most this many \[default\: 100\]]:N:_default' \
'--host=[Server to talk to\: a URL or host\:port \[default\: from \`mothership init\`, else https\://localhost\:8080\]]:URL:_default' \
'--username=[User name for basic auth]:USER:_default' \
'--password=[Password for basic auth (prefer MOTHERSHIP_PASSWORD or \`mothership init\`)]:PASSWORD:_default' \
'--cacert=[PEM file with the CA certificate (or the server'\''s own) to trust]:FILE:_files' \
'-o+[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--output=[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--insecure[Do not verify the server'\''s TLS certificate (unsafe; \`mothership init\` pins it instead)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(ls)
_arguments "${_arguments_options[@]}" : \
'--status=[Only rollouts with this status]:STATUS:(running paused completed cancelled rolling_back rolled_back interrupted)' \
'-s+[Only rollouts whose ID, image or instances contain this]:TEXT:_default' \
'--search=[Only rollouts whose ID, image or instances contain this]:TEXT:_default' \
'--limit=[Show at most this many \[default\: 100\]]:N:_default' \
'--host=[Server to talk to\: a URL or host\:port \[default\: from \`mothership init\`, else https\://localhost\:8080\]]:URL:_default' \
'--username=[User name for basic auth]:USER:_default' \
'--password=[Password for basic auth (prefer MOTHERSHIP_PASSWORD or \`mothership init\`)]:PASSWORD:_default' \
'--cacert=[PEM file with the CA certificate (or the server'\''s own) to trust]:FILE:_files' \
'-o+[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--output=[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--insecure[Do not verify the server'\''s TLS certificate (unsafe; \`mothership init\` pins it instead)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(show)
_arguments "${_arguments_options[@]}" : \
'--host=[Server to talk to\: a URL or host\:port \[default\: from \`mothership init\`, else https\://localhost\:8080\]]:URL:_default' \
'--username=[User name for basic auth]:USER:_default' \
'--password=[Password for basic auth (prefer MOTHERSHIP_PASSWORD or \`mothership init\`)]:PASSWORD:_default' \
'--cacert=[PEM file with the CA certificate (or the server'\''s own) to trust]:FILE:_files' \
'-o+[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--output=[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'-f[Keep printing progress until the rollout pauses or ends\: a bar per wave on a terminal, plain lines when piped]' \
'--follow[Keep printing progress until the rollout pauses or ends\: a bar per wave on a terminal, plain lines when piped]' \
'--insecure[Do not verify the server'\''s TLS certificate (unsafe; \`mothership init\` pins it instead)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':id -- ID, name, or unique ID prefix (at least 6 hex digits):_default' \
&& ret=0
;;
(pause)
_arguments "${_arguments_options[@]}" : \
'--host=[Server to talk to\: a URL or host\:port \[default\: from \`mothership init\`, else https\://localhost\:8080\]]:URL:_default' \
'--username=[User name for basic auth]:USER:_default' \
'--password=[Password for basic auth (prefer MOTHERSHIP_PASSWORD or \`mothership init\`)]:PASSWORD:_default' \
'--cacert=[PEM file with the CA certificate (or the server'\''s own) to trust]:FILE:_files' \
'-o+[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--output=[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--insecure[Do not verify the server'\''s TLS certificate (unsafe; \`mothership init\` pins it instead)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':id -- ID, name, or unique ID prefix (at least 6 hex digits):_default' \
&& ret=0
;;
(resume)
_arguments "${_arguments_options[@]}" : \
'--host=[Server to talk to\: a URL or host\:port \[default\: from \`mothership init\`, else https\://localhost\:8080\]]:URL:_default' \
'--username=[User name for basic auth]:USER:_default' \
'--password=[Password for basic auth (prefer MOTHERSHIP_PASSWORD or \`mothership init\`)]:PASSWORD:_default' \
'--cacert=[PEM file with the CA certificate (or the server'\''s own) to trust]:FILE:_files' \
'-o+[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--output=[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--insecure[Do not verify the server'\''s TLS certificate (unsafe; \`mothership init\` pins it instead)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':id -- ID, name, or unique ID prefix (at least 6 hex digits):_default' \
&& ret=0
;;
(cancel)
_arguments "${_arguments_options[@]}" : \
'--host=[Server to talk to\: a URL or host\:port \[default\: from \`mothership init\`, else https\://localhost\:8080\]]:URL:_default' \
'--username=[User name for basic auth]:USER:_default' \
'--password=[Password for basic auth (prefer MOTHERSHIP_PASSWORD or \`mothership init\`)]:PASSWORD:_default' \
'--cacert=[PEM file with the CA certificate (or the server'\''s own) to trust]:FILE:_files' \
'-o+[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--output=[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--insecure[Do not verify the server'\''s TLS certificate (unsafe; \`mothership init\` pins it instead)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':id -- ID, name, or unique ID prefix (at least 6 hex digits):_default' \
&& ret=0
;;
(rollback)
_arguments "${_arguments_options[@]}" : \
'--host=[Server to talk to\: a URL or host\:port \[default\: from \`mothership init\`, else https\://localhost\:8080\]]:URL:_default' \
'--username=[User name for basic auth]:USER:_default' \
'--password=[Password for basic auth (prefer MOTHERSHIP_PASSWORD or \`mothership init\`)]:PASSWORD:_default' \
'--cacert=[PEM file with the CA certificate (or the server'\''s own) to trust]:FILE:_files' \
'-o+[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--output=[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--insecure[Do not verify the server'\''s TLS certificate (unsafe; \`mothership init\` pins it instead)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':id -- ID, name, or unique ID prefix (at least 6 hex digits):_default' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_mothership__subcmd__rollout__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:mothership-rollout-help-command-$line[1]:"
        case $line[1] in
            (start)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(show)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(pause)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(resume)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(cancel)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(rollback)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(events)
_arguments "${_arguments_options[@]}" : \
'*-t+[Only events of this type, or of types starting with a prefix ending in \`*\` (repeat for several, or give a comma list)]:TYPE:_default' \
'*--type=[Only events of this type, or of types starting with a prefix ending in \`*\` (repeat for several, or give a comma list)]:TYPE:_default' \
'--since=[Only events after this event id]:ID:_default' \
'--host=[Server to talk to\: a URL or host\:port \[default\: from \`mothership init\`, else https\://localhost\:8080\]]:URL:_default' \
'--username=[User name for basic auth]:USER:_default' \
'--password=[Password for basic auth (prefer MOTHERSHIP_PASSWORD or \`mothership init\`)]:PASSWORD:_default' \
'--cacert=[PEM file with the CA certificate (or the server'\''s own) to trust]:FILE:_files' \
'-o+[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--output=[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'-f[Keep printing events as they happen (reconnects, resuming where it stopped)]' \
'--follow[Keep printing events as they happen (reconnects, resuming where it stopped)]' \
'--insecure[Do not verify the server'\''s TLS certificate (unsafe; \`mothership init\` pins it instead)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(webhooks)
_arguments "${_arguments_options[@]}" : \
'--host=[Server to talk to\: a URL or host\:port \[default\: from \`mothership init\`, else https\://localhost\:8080\]]:URL:_default' \
'--username=[User name for basic auth]:USER:_default' \
'--password=[Password for basic auth (prefer MOTHERSHIP_PASSWORD or \`mothership init\`)]:PASSWORD:_default' \
'--cacert=[PEM file with the CA certificate (or the server'\''s own) to trust]:FILE:_files' \
'-o+[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--output=[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--insecure[Do not verify the server'\''s TLS certificate (unsafe; \`mothership init\` pins it instead)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_mothership__subcmd__webhooks_commands" \
"*::: :->webhooks" \
&& ret=0

    case $state in
    (webhooks)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:mothership-webhooks-command-$line[1]:"
        case $line[1] in
            (add)
_arguments "${_arguments_options[@]}" : \
'*-e+[An event type or \`prefix*\` to deliver (repeat for several) \[default\: every event\]]:TYPE:_default' \
'*--event=[An event type or \`prefix*\` to deliver (repeat for several) \[default\: every event\]]:TYPE:_default' \
'--secret=[The signing secret \[default\: generated, and printed once\]]:SECRET:_default' \
'--host=[Server to talk to\: a URL or host\:port \[default\: from \`mothership init\`, else https\://localhost\:8080\]]:URL:_default' \
'--username=[User name for basic auth]:USER:_default' \
'--password=[Password for basic auth (prefer MOTHERSHIP_PASSWORD or \`mothership init\`)]:PASSWORD:_default' \
'--cacert=[PEM file with the CA certificate (or the server'\''s own) to trust]:FILE:_files' \
'-o+[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--output=[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--insecure[Do not verify the server'\''s TLS certificate (unsafe; \`mothership init\` pins it instead)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':url -- Where to POST events\: an http or https URL:_default' \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
'--host=[Server to talk to\: a URL or host\:port \[default\: from \`mothership init\`, else https\://localhost\:8080\]]:URL:_default' \
'--username=[User name for basic auth]:USER:_default' \
'--password=[Password for basic auth (prefer MOTHERSHIP_PASSWORD or \`mothership init\`)]:PASSWORD:_default' \
'--cacert=[PEM file with the CA certificate (or the server'\''s own) to trust]:FILE:_files' \
'-o+[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--output=[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--insecure[Do not verify the server'\''s TLS certificate (unsafe; \`mothership init\` pins it instead)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(ls)
_arguments "${_arguments_options[@]}" : \
'--host=[Server to talk to\: a URL or host\:port \[default\: from \`mothership init\`, else https\://localhost\:8080\]]:URL:_default' \
'--username=[User name for basic auth]:USER:_default' \
'--password=[Password for basic auth (prefer MOTHERSHIP_PASSWORD or \`mothership init\`)]:PASSWORD:_default' \
'--cacert=[PEM file with the CA certificate (or the server'\''s own) to trust]:FILE:_files' \
'-o+[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--output=[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--insecure[Do not verify the server'\''s TLS certificate (unsafe; \`mothership init\` pins it instead)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(show)
_arguments "${_arguments_options[@]}" : \
'--host=[Server to talk to\: a URL or host\:port \[default\: from \`mothership init\`, else https\://localhost\:8080\]]:URL:_default' \
'--username=[User name for basic auth]:USER:_default' \
'--password=[Password for basic auth (prefer MOTHERSHIP_PASSWORD or \`mothership init\`)]:PASSWORD:_default' \
'--cacert=[PEM file with the CA certificate (or the server'\''s own) to trust]:FILE:_files' \
'-o+[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--output=[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--insecure[Do not verify the server'\''s TLS certificate (unsafe; \`mothership init\` pins it instead)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':id -- Webhook ID or unique ID prefix (at least 4 hex digits):_default' \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
'--host=[Server to talk to\: a URL or host\:port \[default\: from \`mothership init\`, else https\://localhost\:8080\]]:URL:_default' \
'--username=[User name for basic auth]:USER:_default' \
'--password=[Password for basic auth (prefer MOTHERSHIP_PASSWORD or \`mothership init\`)]:PASSWORD:_default' \
'--cacert=[PEM file with the CA certificate (or the server'\''s own) to trust]:FILE:_files' \
'-o+[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--output=[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--insecure[Do not verify the server'\''s TLS certificate (unsafe; \`mothership init\` pins it instead)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':id -- Webhook ID or unique ID prefix (at least 4 hex digits):_default' \
&& ret=0
;;
(rm)
_arguments "${_arguments_options[@]}" : \
'--host=[Server to talk to\: a URL or host\:port \[default\: from \`mothership init\`, else https\://localhost\:8080\]]:URL:_default' \
'--username=[User name for basic auth]:USER:_default' \
'--password=[Password for basic auth (prefer MOTHERSHIP_PASSWORD or \`mothership init\`)]:PASSWORD:_default' \
'--cacert=[PEM file with the CA certificate (or the server'\''s own) to trust]:FILE:_files' \
'-o+[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--output=[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--insecure[Do not verify the server'\''s TLS certificate (unsafe; \`mothership init\` pins it instead)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':id -- Webhook ID or unique ID prefix (at least 4 hex digits):_default' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_mothership__subcmd__webhooks__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:mothership-webhooks-help-command-$line[1]:"
        case $line[1] in
            (add)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(show)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(audit)
_arguments "${_arguments_options[@]}" : \
'-s+[Only rows whose user, method, path or address contain TEXT]:TEXT:_default' \
'--search=[Only rows whose user, method, path or address contain TEXT]:TEXT:_default' \
'--limit=[Show at most this many, newest first]:N:_default' \
'--host=[Server to talk to\: a URL or host\:port \[default\: from \`mothership init\`, else https\://localhost\:8080\]]:URL:_default' \
'--username=[User name for basic auth]:USER:_default' \
'--password=[Password for basic auth (prefer MOTHERSHIP_PASSWORD or \`mothership init\`)]:PASSWORD:_default' \
'--cacert=[PEM file with the CA certificate (or the server'\''s own) to trust]:FILE:_files' \
'-o+[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--output=[Output format]:OUTPUT:((table\:"Aligned columns for people"
json\:"JSON, for scripts"
yaml\:"YAML"
id\:"Only the IDs, one a line"))' \
'--insecure[Do not verify the server'\''s TLS certificate (unsafe; \`mothership init\` pins it instead)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(completions)
_arguments "${_arguments_options[@]}" : \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':shell -- The shell to complete for:(bash elvish fish powershell zsh)' \
&& ret=0
;;
(man)
_arguments "${_arguments_options[@]}" : \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':dir -- Directory to write the pages into (created if missing):_files' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_mothership__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:mothership-help-command-$line[1]:"
        case $line[1] in
            (serve)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(init)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(info)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(instances)
_arguments "${_arguments_options[@]}" : \
":: :_mothership__subcmd__help__subcmd__instances_commands" \
"*::: :->instances" \
&& ret=0

    case $state in
    (instances)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:mothership-help-instances-command-$line[1]:"
        case $line[1] in
            (inspect)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(logs)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(panics)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(stats)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(alias)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(describe)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(auto-redeploy)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(desired)
_arguments "${_arguments_options[@]}" : \
":: :_mothership__subcmd__help__subcmd__instances__subcmd__desired_commands" \
"*::: :->desired" \
&& ret=0

    case $state in
    (desired)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:mothership-help-instances-desired-command-$line[1]:"
        case $line[1] in
            (show)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(set)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(clear)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(delete)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(inspect-instance)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(deploy)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(deploys)
_arguments "${_arguments_options[@]}" : \
":: :_mothership__subcmd__help__subcmd__deploys_commands" \
"*::: :->deploys" \
&& ret=0

    case $state in
    (deploys)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:mothership-help-deploys-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(show)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(htpasswd)
_arguments "${_arguments_options[@]}" : \
":: :_mothership__subcmd__help__subcmd__htpasswd_commands" \
"*::: :->htpasswd" \
&& ret=0

    case $state in
    (htpasswd)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:mothership-help-htpasswd-command-$line[1]:"
        case $line[1] in
            (add)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(verify)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(images)
_arguments "${_arguments_options[@]}" : \
":: :_mothership__subcmd__help__subcmd__images_commands" \
"*::: :->images" \
&& ret=0

    case $state in
    (images)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:mothership-help-images-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(push)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(pull)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(inspect)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(nacls)
_arguments "${_arguments_options[@]}" : \
":: :_mothership__subcmd__help__subcmd__nacls_commands" \
"*::: :->nacls" \
&& ret=0

    case $state in
    (nacls)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:mothership-help-nacls-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(push)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(pull)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(show)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(snippets)
_arguments "${_arguments_options[@]}" : \
":: :_mothership__subcmd__help__subcmd__snippets_commands" \
"*::: :->snippets" \
&& ret=0

    case $state in
    (snippets)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:mothership-help-snippets-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(push)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(pull)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(show)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(uplinks)
_arguments "${_arguments_options[@]}" : \
":: :_mothership__subcmd__help__subcmd__uplinks_commands" \
"*::: :->uplinks" \
&& ret=0

    case $state in
    (uplinks)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:mothership-help-uplinks-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(create)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(show)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(update)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(push-image)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(pull-image)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(push-nacl)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(pull-nacl)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(bobproviders)
_arguments "${_arguments_options[@]}" : \
":: :_mothership__subcmd__help__subcmd__bobproviders_commands" \
"*::: :->bobproviders" \
&& ret=0

    case $state in
    (bobproviders)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:mothership-help-bobproviders-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(update)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(bobs)
_arguments "${_arguments_options[@]}" : \
":: :_mothership__subcmd__help__subcmd__bobs_commands" \
"*::: :->bobs" \
&& ret=0

    case $state in
    (bobs)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:mothership-help-bobs-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(prepare)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(builders)
_arguments "${_arguments_options[@]}" : \
":: :_mothership__subcmd__help__subcmd__builders_commands" \
"*::: :->builders" \
&& ret=0

    case $state in
    (builders)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:mothership-help-builders-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(inspect)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(services)
_arguments "${_arguments_options[@]}" : \
":: :_mothership__subcmd__help__subcmd__services_commands" \
"*::: :->services" \
&& ret=0

    case $state in
    (services)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:mothership-help-services-command-$line[1]:"
        case $line[1] in
            (push)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(inspect)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(pull)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(build)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(validate)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(nacl)
_arguments "${_arguments_options[@]}" : \
":: :_mothership__subcmd__help__subcmd__nacl_commands" \
"*::: :->nacl" \
&& ret=0

    case $state in
    (nacl)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:mothership-help-nacl-command-$line[1]:"
        case $line[1] in
            (fmt)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(transpile)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(upgrade)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(upgrades)
_arguments "${_arguments_options[@]}" : \
":: :_mothership__subcmd__help__subcmd__upgrades_commands" \
"*::: :->upgrades" \
&& ret=0

    case $state in
    (upgrades)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:mothership-help-upgrades-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(show)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(rollout)
_arguments "${_arguments_options[@]}" : \
":: :_mothership__subcmd__help__subcmd__rollout_commands" \
"*::: :->rollout" \
&& ret=0

    case $state in
    (rollout)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:mothership-help-rollout-command-$line[1]:"
        case $line[1] in
            (start)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(show)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(pause)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(resume)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(cancel)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(rollback)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(events)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(webhooks)
_arguments "${_arguments_options[@]}" : \
":: :_mothership__subcmd__help__subcmd__webhooks_commands" \
"*::: :->webhooks" \
&& ret=0

    case $state in
    (webhooks)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:mothership-help-webhooks-command-$line[1]:"
        case $line[1] in
            (add)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(show)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(audit)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(completions)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(man)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
}

(( $+functions[_mothership_commands] )) ||
_mothership_commands() {
    local commands; commands=(
'serve:Run the Mothership server (API on \:8080, uplink hangar on \:9090)' \
'init:Point this client at a server\: asks for host and credentials, pins its certificate' \
'info:Show the server'\''s name, version and uptime' \
'instances:Instances docked to this Mothership (or known from before)\: list, inspect, logs, panics, stats, alias, describe, delete' \
'instance:Instances docked to this Mothership (or known from before)\: list, inspect, logs, panics, stats, alias, describe, delete' \
'inspect-instance:Same as \`instances inspect\` (original Mothership spelling)' \
'deploy:Live-update running instances with an image\: one instance, or many with --all, --tag, --status or --search' \
'deploys:Deploy records\: list, show (with the state of each instance)' \
'htpasswd:Users of an htpasswd file (bcrypt, as Apache'\''s \`htpasswd -B\` writes it)\: add, delete, list, verify' \
'images:Images\: list, push, pull, inspect, delete' \
'nacls:NaCls (IncludeOS configurations)\: list, push, pull, show, delete' \
'snippets:Snippets (reusable NaCl pieces)\: list, push, pull, show, delete' \
'uplinks:Uplinks (where built images dock)\: list, create, show, update, delete' \
'push-image:Same as \`images push\` (original Mothership spelling)' \
'pull-image:Same as \`images pull\` (original Mothership spelling)' \
'push-nacl:Same as \`nacls push\` (original Mothership spelling)' \
'pull-nacl:Same as \`nacls pull\` (original Mothership spelling)' \
'bobproviders:Bob providers, where builders come from (DockerHub, Local)\: list, update' \
'bobs:Bobs, the builders a provider offers\: list, prepare (pull one to make it a builder)' \
'builders:Builders on the Docker engine\: list, inspect, delete' \
'services:Your own services (a directory with CMakeLists.txt and its sources)\: push, list, inspect, pull, delete; build one with \`mothership build NAME --builder ID\`' \
'build:Build an image of a service with a builder; streams the log, prints the image ID last' \
'validate:Check a NaCl file (here, no server needed) or a stored NaCl, or validate it with a builder (errors as NAME\:LINE\:COL\: message; exit 1 if invalid)' \
'nacl:NaCl tools that need no server\: fmt (lay a NaCl file out canonically)' \
'upgrade:Build an image for an instance (its uplink, its NaCl or one given, the newest fitting builder) and deploy it there; follows the build log and the deploy' \
'upgrades:Upgrade records\: list, show (with the build and the deploy)' \
'rollout:Roll an image out to a group of instances in waves that pause by themselves on failures\: start, list, show (--follow), pause, resume, cancel, rollback' \
'events:What happened on this Mothership (instances docking, deploys, builds, logins...); --follow keeps printing as it happens' \
'webhooks:Webhooks, URLs events are POSTed to (signed)\: add, list, show, delete' \
'audit:The audit log\: every state-changing API request, who made it and from where' \
'completions:Print a shell completion script' \
'man:Write man pages, one per subcommand, into a directory' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'mothership commands' commands "$@"
}
(( $+functions[_mothership__subcmd__audit_commands] )) ||
_mothership__subcmd__audit_commands() {
    local commands; commands=()
    _describe -t commands 'mothership audit commands' commands "$@"
}
(( $+functions[_mothership__subcmd__bobproviders_commands] )) ||
_mothership__subcmd__bobproviders_commands() {
    local commands; commands=(
'list:List the providers\: when each was last updated, how many bobs it has' \
'update:Refresh a provider'\''s list of bobs (DockerHub reads the registry, Local the engine)' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'mothership bobproviders commands' commands "$@"
}
(( $+functions[_mothership__subcmd__bobproviders__subcmd__help_commands] )) ||
_mothership__subcmd__bobproviders__subcmd__help_commands() {
    local commands; commands=(
'list:List the providers\: when each was last updated, how many bobs it has' \
'update:Refresh a provider'\''s list of bobs (DockerHub reads the registry, Local the engine)' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'mothership bobproviders help commands' commands "$@"
}
(( $+functions[_mothership__subcmd__bobproviders__subcmd__help__subcmd__help_commands] )) ||
_mothership__subcmd__bobproviders__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'mothership bobproviders help help commands' commands "$@"
}
(( $+functions[_mothership__subcmd__bobproviders__subcmd__help__subcmd__list_commands] )) ||
_mothership__subcmd__bobproviders__subcmd__help__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'mothership bobproviders help list commands' commands "$@"
}
(( $+functions[_mothership__subcmd__bobproviders__subcmd__help__subcmd__update_commands] )) ||
_mothership__subcmd__bobproviders__subcmd__help__subcmd__update_commands() {
    local commands; commands=()
    _describe -t commands 'mothership bobproviders help update commands' commands "$@"
}
(( $+functions[_mothership__subcmd__bobproviders__subcmd__list_commands] )) ||
_mothership__subcmd__bobproviders__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'mothership bobproviders list commands' commands "$@"
}
(( $+functions[_mothership__subcmd__bobproviders__subcmd__update_commands] )) ||
_mothership__subcmd__bobproviders__subcmd__update_commands() {
    local commands; commands=()
    _describe -t commands 'mothership bobproviders update commands' commands "$@"
}
(( $+functions[_mothership__subcmd__bobs_commands] )) ||
_mothership__subcmd__bobs_commands() {
    local commands; commands=(
'list:List the bobs a provider offers (as of its last update) and whether each is prepared' \
'prepare:Pull a bob onto the engine; it becomes the builder with the same ID' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'mothership bobs commands' commands "$@"
}
(( $+functions[_mothership__subcmd__bobs__subcmd__help_commands] )) ||
_mothership__subcmd__bobs__subcmd__help_commands() {
    local commands; commands=(
'list:List the bobs a provider offers (as of its last update) and whether each is prepared' \
'prepare:Pull a bob onto the engine; it becomes the builder with the same ID' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'mothership bobs help commands' commands "$@"
}
(( $+functions[_mothership__subcmd__bobs__subcmd__help__subcmd__help_commands] )) ||
_mothership__subcmd__bobs__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'mothership bobs help help commands' commands "$@"
}
(( $+functions[_mothership__subcmd__bobs__subcmd__help__subcmd__list_commands] )) ||
_mothership__subcmd__bobs__subcmd__help__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'mothership bobs help list commands' commands "$@"
}
(( $+functions[_mothership__subcmd__bobs__subcmd__help__subcmd__prepare_commands] )) ||
_mothership__subcmd__bobs__subcmd__help__subcmd__prepare_commands() {
    local commands; commands=()
    _describe -t commands 'mothership bobs help prepare commands' commands "$@"
}
(( $+functions[_mothership__subcmd__bobs__subcmd__list_commands] )) ||
_mothership__subcmd__bobs__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'mothership bobs list commands' commands "$@"
}
(( $+functions[_mothership__subcmd__bobs__subcmd__prepare_commands] )) ||
_mothership__subcmd__bobs__subcmd__prepare_commands() {
    local commands; commands=()
    _describe -t commands 'mothership bobs prepare commands' commands "$@"
}
(( $+functions[_mothership__subcmd__build_commands] )) ||
_mothership__subcmd__build_commands() {
    local commands; commands=()
    _describe -t commands 'mothership build commands' commands "$@"
}
(( $+functions[_mothership__subcmd__builders_commands] )) ||
_mothership__subcmd__builders_commands() {
    local commands; commands=(
'list:List the builders on the engine' \
'inspect:Show one builder'\''s details (its contract, the services it builds, IncludeOS version...)' \
'delete:Delete a builder'\''s image from the engine (refused while a build uses it)' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'mothership builders commands' commands "$@"
}
(( $+functions[_mothership__subcmd__builders__subcmd__delete_commands] )) ||
_mothership__subcmd__builders__subcmd__delete_commands() {
    local commands; commands=()
    _describe -t commands 'mothership builders delete commands' commands "$@"
}
(( $+functions[_mothership__subcmd__builders__subcmd__help_commands] )) ||
_mothership__subcmd__builders__subcmd__help_commands() {
    local commands; commands=(
'list:List the builders on the engine' \
'inspect:Show one builder'\''s details (its contract, the services it builds, IncludeOS version...)' \
'delete:Delete a builder'\''s image from the engine (refused while a build uses it)' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'mothership builders help commands' commands "$@"
}
(( $+functions[_mothership__subcmd__builders__subcmd__help__subcmd__delete_commands] )) ||
_mothership__subcmd__builders__subcmd__help__subcmd__delete_commands() {
    local commands; commands=()
    _describe -t commands 'mothership builders help delete commands' commands "$@"
}
(( $+functions[_mothership__subcmd__builders__subcmd__help__subcmd__help_commands] )) ||
_mothership__subcmd__builders__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'mothership builders help help commands' commands "$@"
}
(( $+functions[_mothership__subcmd__builders__subcmd__help__subcmd__inspect_commands] )) ||
_mothership__subcmd__builders__subcmd__help__subcmd__inspect_commands() {
    local commands; commands=()
    _describe -t commands 'mothership builders help inspect commands' commands "$@"
}
(( $+functions[_mothership__subcmd__builders__subcmd__help__subcmd__list_commands] )) ||
_mothership__subcmd__builders__subcmd__help__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'mothership builders help list commands' commands "$@"
}
(( $+functions[_mothership__subcmd__builders__subcmd__inspect_commands] )) ||
_mothership__subcmd__builders__subcmd__inspect_commands() {
    local commands; commands=()
    _describe -t commands 'mothership builders inspect commands' commands "$@"
}
(( $+functions[_mothership__subcmd__builders__subcmd__list_commands] )) ||
_mothership__subcmd__builders__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'mothership builders list commands' commands "$@"
}
(( $+functions[_mothership__subcmd__completions_commands] )) ||
_mothership__subcmd__completions_commands() {
    local commands; commands=()
    _describe -t commands 'mothership completions commands' commands "$@"
}
(( $+functions[_mothership__subcmd__deploy_commands] )) ||
_mothership__subcmd__deploy_commands() {
    local commands; commands=()
    _describe -t commands 'mothership deploy commands' commands "$@"
}
(( $+functions[_mothership__subcmd__deploys_commands] )) ||
_mothership__subcmd__deploys_commands() {
    local commands; commands=(
'list:List deploys (newest first)' \
'ls:List deploys (newest first)' \
'show:Show a deploy with the state of each instance' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'mothership deploys commands' commands "$@"
}
(( $+functions[_mothership__subcmd__deploys__subcmd__help_commands] )) ||
_mothership__subcmd__deploys__subcmd__help_commands() {
    local commands; commands=(
'list:List deploys (newest first)' \
'show:Show a deploy with the state of each instance' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'mothership deploys help commands' commands "$@"
}
(( $+functions[_mothership__subcmd__deploys__subcmd__help__subcmd__help_commands] )) ||
_mothership__subcmd__deploys__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'mothership deploys help help commands' commands "$@"
}
(( $+functions[_mothership__subcmd__deploys__subcmd__help__subcmd__list_commands] )) ||
_mothership__subcmd__deploys__subcmd__help__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'mothership deploys help list commands' commands "$@"
}
(( $+functions[_mothership__subcmd__deploys__subcmd__help__subcmd__show_commands] )) ||
_mothership__subcmd__deploys__subcmd__help__subcmd__show_commands() {
    local commands; commands=()
    _describe -t commands 'mothership deploys help show commands' commands "$@"
}
(( $+functions[_mothership__subcmd__deploys__subcmd__list_commands] )) ||
_mothership__subcmd__deploys__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'mothership deploys list commands' commands "$@"
}
(( $+functions[_mothership__subcmd__deploys__subcmd__show_commands] )) ||
_mothership__subcmd__deploys__subcmd__show_commands() {
    local commands; commands=()
    _describe -t commands 'mothership deploys show commands' commands "$@"
}
(( $+functions[_mothership__subcmd__events_commands] )) ||
_mothership__subcmd__events_commands() {
    local commands; commands=()
    _describe -t commands 'mothership events commands' commands "$@"
}
(( $+functions[_mothership__subcmd__help_commands] )) ||
_mothership__subcmd__help_commands() {
    local commands; commands=(
'serve:Run the Mothership server (API on \:8080, uplink hangar on \:9090)' \
'init:Point this client at a server\: asks for host and credentials, pins its certificate' \
'info:Show the server'\''s name, version and uptime' \
'instances:Instances docked to this Mothership (or known from before)\: list, inspect, logs, panics, stats, alias, describe, delete' \
'inspect-instance:Same as \`instances inspect\` (original Mothership spelling)' \
'deploy:Live-update running instances with an image\: one instance, or many with --all, --tag, --status or --search' \
'deploys:Deploy records\: list, show (with the state of each instance)' \
'htpasswd:Users of an htpasswd file (bcrypt, as Apache'\''s \`htpasswd -B\` writes it)\: add, delete, list, verify' \
'images:Images\: list, push, pull, inspect, delete' \
'nacls:NaCls (IncludeOS configurations)\: list, push, pull, show, delete' \
'snippets:Snippets (reusable NaCl pieces)\: list, push, pull, show, delete' \
'uplinks:Uplinks (where built images dock)\: list, create, show, update, delete' \
'push-image:Same as \`images push\` (original Mothership spelling)' \
'pull-image:Same as \`images pull\` (original Mothership spelling)' \
'push-nacl:Same as \`nacls push\` (original Mothership spelling)' \
'pull-nacl:Same as \`nacls pull\` (original Mothership spelling)' \
'bobproviders:Bob providers, where builders come from (DockerHub, Local)\: list, update' \
'bobs:Bobs, the builders a provider offers\: list, prepare (pull one to make it a builder)' \
'builders:Builders on the Docker engine\: list, inspect, delete' \
'services:Your own services (a directory with CMakeLists.txt and its sources)\: push, list, inspect, pull, delete; build one with \`mothership build NAME --builder ID\`' \
'build:Build an image of a service with a builder; streams the log, prints the image ID last' \
'validate:Check a NaCl file (here, no server needed) or a stored NaCl, or validate it with a builder (errors as NAME\:LINE\:COL\: message; exit 1 if invalid)' \
'nacl:NaCl tools that need no server\: fmt (lay a NaCl file out canonically)' \
'upgrade:Build an image for an instance (its uplink, its NaCl or one given, the newest fitting builder) and deploy it there; follows the build log and the deploy' \
'upgrades:Upgrade records\: list, show (with the build and the deploy)' \
'rollout:Roll an image out to a group of instances in waves that pause by themselves on failures\: start, list, show (--follow), pause, resume, cancel, rollback' \
'events:What happened on this Mothership (instances docking, deploys, builds, logins...); --follow keeps printing as it happens' \
'webhooks:Webhooks, URLs events are POSTed to (signed)\: add, list, show, delete' \
'audit:The audit log\: every state-changing API request, who made it and from where' \
'completions:Print a shell completion script' \
'man:Write man pages, one per subcommand, into a directory' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'mothership help commands' commands "$@"
}
(( $+functions[_mothership__subcmd__help__subcmd__audit_commands] )) ||
_mothership__subcmd__help__subcmd__audit_commands() {
    local commands; commands=()
    _describe -t commands 'mothership help audit commands' commands "$@"
}
(( $+functions[_mothership__subcmd__help__subcmd__bobproviders_commands] )) ||
_mothership__subcmd__help__subcmd__bobproviders_commands() {
    local commands; commands=(
'list:List the providers\: when each was last updated, how many bobs it has' \
'update:Refresh a provider'\''s list of bobs (DockerHub reads the registry, Local the engine)' \
    )
    _describe -t commands 'mothership help bobproviders commands' commands "$@"
}
(( $+functions[_mothership__subcmd__help__subcmd__bobproviders__subcmd__list_commands] )) ||
_mothership__subcmd__help__subcmd__bobproviders__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'mothership help bobproviders list commands' commands "$@"
}
(( $+functions[_mothership__subcmd__help__subcmd__bobproviders__subcmd__update_commands] )) ||
_mothership__subcmd__help__subcmd__bobproviders__subcmd__update_commands() {
    local commands; commands=()
    _describe -t commands 'mothership help bobproviders update commands' commands "$@"
}
(( $+functions[_mothership__subcmd__help__subcmd__bobs_commands] )) ||
_mothership__subcmd__help__subcmd__bobs_commands() {
    local commands; commands=(
'list:List the bobs a provider offers (as of its last update) and whether each is prepared' \
'prepare:Pull a bob onto the engine; it becomes the builder with the same ID' \
    )
    _describe -t commands 'mothership help bobs commands' commands "$@"
}
(( $+functions[_mothership__subcmd__help__subcmd__bobs__subcmd__list_commands] )) ||
_mothership__subcmd__help__subcmd__bobs__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'mothership help bobs list commands' commands "$@"
}
(( $+functions[_mothership__subcmd__help__subcmd__bobs__subcmd__prepare_commands] )) ||
_mothership__subcmd__help__subcmd__bobs__subcmd__prepare_commands() {
    local commands; commands=()
    _describe -t commands 'mothership help bobs prepare commands' commands "$@"
}
(( $+functions[_mothership__subcmd__help__subcmd__build_commands] )) ||
_mothership__subcmd__help__subcmd__build_commands() {
    local commands; commands=()
    _describe -t commands 'mothership help build commands' commands "$@"
}
(( $+functions[_mothership__subcmd__help__subcmd__builders_commands] )) ||
_mothership__subcmd__help__subcmd__builders_commands() {
    local commands; commands=(
'list:List the builders on the engine' \
'inspect:Show one builder'\''s details (its contract, the services it builds, IncludeOS version...)' \
'delete:Delete a builder'\''s image from the engine (refused while a build uses it)' \
    )
    _describe -t commands 'mothership help builders commands' commands "$@"
}
(( $+functions[_mothership__subcmd__help__subcmd__builders__subcmd__delete_commands] )) ||
_mothership__subcmd__help__subcmd__builders__subcmd__delete_commands() {
    local commands; commands=()
    _describe -t commands 'mothership help builders delete commands' commands "$@"
}
(( $+functions[_mothership__subcmd__help__subcmd__builders__subcmd__inspect_commands] )) ||
_mothership__subcmd__help__subcmd__builders__subcmd__inspect_commands() {
    local commands; commands=()
    _describe -t commands 'mothership help builders inspect commands' commands "$@"
}
(( $+functions[_mothership__subcmd__help__subcmd__builders__subcmd__list_commands] )) ||
_mothership__subcmd__help__subcmd__builders__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'mothership help builders list commands' commands "$@"
}
(( $+functions[_mothership__subcmd__help__subcmd__completions_commands] )) ||
_mothership__subcmd__help__subcmd__completions_commands() {
    local commands; commands=()
    _describe -t commands 'mothership help completions commands' commands "$@"
}
(( $+functions[_mothership__subcmd__help__subcmd__deploy_commands] )) ||
_mothership__subcmd__help__subcmd__deploy_commands() {
    local commands; commands=()
    _describe -t commands 'mothership help deploy commands' commands "$@"
}
(( $+functions[_mothership__subcmd__help__subcmd__deploys_commands] )) ||
_mothership__subcmd__help__subcmd__deploys_commands() {
    local commands; commands=(
'list:List deploys (newest first)' \
'show:Show a deploy with the state of each instance' \
    )
    _describe -t commands 'mothership help deploys commands' commands "$@"
}
(( $+functions[_mothership__subcmd__help__subcmd__deploys__subcmd__list_commands] )) ||
_mothership__subcmd__help__subcmd__deploys__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'mothership help deploys list commands' commands "$@"
}
(( $+functions[_mothership__subcmd__help__subcmd__deploys__subcmd__show_commands] )) ||
_mothership__subcmd__help__subcmd__deploys__subcmd__show_commands() {
    local commands; commands=()
    _describe -t commands 'mothership help deploys show commands' commands "$@"
}
(( $+functions[_mothership__subcmd__help__subcmd__events_commands] )) ||
_mothership__subcmd__help__subcmd__events_commands() {
    local commands; commands=()
    _describe -t commands 'mothership help events commands' commands "$@"
}
(( $+functions[_mothership__subcmd__help__subcmd__help_commands] )) ||
_mothership__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'mothership help help commands' commands "$@"
}
(( $+functions[_mothership__subcmd__help__subcmd__htpasswd_commands] )) ||
_mothership__subcmd__help__subcmd__htpasswd_commands() {
    local commands; commands=(
'add:Add a user, or replace an existing user'\''s password' \
'delete:Delete a user' \
'list:List the users in the file' \
'verify:Check a user'\''s password (exit 0 when it matches, 3 when not)' \
    )
    _describe -t commands 'mothership help htpasswd commands' commands "$@"
}
(( $+functions[_mothership__subcmd__help__subcmd__htpasswd__subcmd__add_commands] )) ||
_mothership__subcmd__help__subcmd__htpasswd__subcmd__add_commands() {
    local commands; commands=()
    _describe -t commands 'mothership help htpasswd add commands' commands "$@"
}
(( $+functions[_mothership__subcmd__help__subcmd__htpasswd__subcmd__delete_commands] )) ||
_mothership__subcmd__help__subcmd__htpasswd__subcmd__delete_commands() {
    local commands; commands=()
    _describe -t commands 'mothership help htpasswd delete commands' commands "$@"
}
(( $+functions[_mothership__subcmd__help__subcmd__htpasswd__subcmd__list_commands] )) ||
_mothership__subcmd__help__subcmd__htpasswd__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'mothership help htpasswd list commands' commands "$@"
}
(( $+functions[_mothership__subcmd__help__subcmd__htpasswd__subcmd__verify_commands] )) ||
_mothership__subcmd__help__subcmd__htpasswd__subcmd__verify_commands() {
    local commands; commands=()
    _describe -t commands 'mothership help htpasswd verify commands' commands "$@"
}
(( $+functions[_mothership__subcmd__help__subcmd__images_commands] )) ||
_mothership__subcmd__help__subcmd__images_commands() {
    local commands; commands=(
'list:List images (newest first)' \
'push:Upload an IncludeOS binary (the same bytes again give the existing image)' \
'pull:Download an image to a file (resumes a partial download)' \
'inspect:Show an image'\''s metadata' \
'delete:Delete an image' \
    )
    _describe -t commands 'mothership help images commands' commands "$@"
}
(( $+functions[_mothership__subcmd__help__subcmd__images__subcmd__delete_commands] )) ||
_mothership__subcmd__help__subcmd__images__subcmd__delete_commands() {
    local commands; commands=()
    _describe -t commands 'mothership help images delete commands' commands "$@"
}
(( $+functions[_mothership__subcmd__help__subcmd__images__subcmd__inspect_commands] )) ||
_mothership__subcmd__help__subcmd__images__subcmd__inspect_commands() {
    local commands; commands=()
    _describe -t commands 'mothership help images inspect commands' commands "$@"
}
(( $+functions[_mothership__subcmd__help__subcmd__images__subcmd__list_commands] )) ||
_mothership__subcmd__help__subcmd__images__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'mothership help images list commands' commands "$@"
}
(( $+functions[_mothership__subcmd__help__subcmd__images__subcmd__pull_commands] )) ||
_mothership__subcmd__help__subcmd__images__subcmd__pull_commands() {
    local commands; commands=()
    _describe -t commands 'mothership help images pull commands' commands "$@"
}
(( $+functions[_mothership__subcmd__help__subcmd__images__subcmd__push_commands] )) ||
_mothership__subcmd__help__subcmd__images__subcmd__push_commands() {
    local commands; commands=()
    _describe -t commands 'mothership help images push commands' commands "$@"
}
(( $+functions[_mothership__subcmd__help__subcmd__info_commands] )) ||
_mothership__subcmd__help__subcmd__info_commands() {
    local commands; commands=()
    _describe -t commands 'mothership help info commands' commands "$@"
}
(( $+functions[_mothership__subcmd__help__subcmd__init_commands] )) ||
_mothership__subcmd__help__subcmd__init_commands() {
    local commands; commands=()
    _describe -t commands 'mothership help init commands' commands "$@"
}
(( $+functions[_mothership__subcmd__help__subcmd__inspect-instance_commands] )) ||
_mothership__subcmd__help__subcmd__inspect-instance_commands() {
    local commands; commands=()
    _describe -t commands 'mothership help inspect-instance commands' commands "$@"
}
(( $+functions[_mothership__subcmd__help__subcmd__instances_commands] )) ||
_mothership__subcmd__help__subcmd__instances_commands() {
    local commands; commands=(
'inspect:Show everything known about an instance' \
'logs:Print an instance'\''s log' \
'panics:Print the panics an instance reported' \
'stats:Print an instance'\''s stats (fresh from the instance when it is docked)' \
'alias:Give an instance an alias (usable as its ID); an empty NAME removes it' \
'describe:Set an instance'\''s description; an empty TEXT removes it' \
'auto-redeploy:Turn "automatically redeploy last image" on or off\: when the instance docks running another binary than the image last deployed to it, that image is deployed again' \
'desired:The image instances should run (desired state)\: Mothership keeps them converging on it' \
'delete:Forget instances (with their logs, panics and stats)' \
    )
    _describe -t commands 'mothership help instances commands' commands "$@"
}
(( $+functions[_mothership__subcmd__help__subcmd__instances__subcmd__alias_commands] )) ||
_mothership__subcmd__help__subcmd__instances__subcmd__alias_commands() {
    local commands; commands=()
    _describe -t commands 'mothership help instances alias commands' commands "$@"
}
(( $+functions[_mothership__subcmd__help__subcmd__instances__subcmd__auto-redeploy_commands] )) ||
_mothership__subcmd__help__subcmd__instances__subcmd__auto-redeploy_commands() {
    local commands; commands=()
    _describe -t commands 'mothership help instances auto-redeploy commands' commands "$@"
}
(( $+functions[_mothership__subcmd__help__subcmd__instances__subcmd__delete_commands] )) ||
_mothership__subcmd__help__subcmd__instances__subcmd__delete_commands() {
    local commands; commands=()
    _describe -t commands 'mothership help instances delete commands' commands "$@"
}
(( $+functions[_mothership__subcmd__help__subcmd__instances__subcmd__describe_commands] )) ||
_mothership__subcmd__help__subcmd__instances__subcmd__describe_commands() {
    local commands; commands=()
    _describe -t commands 'mothership help instances describe commands' commands "$@"
}
(( $+functions[_mothership__subcmd__help__subcmd__instances__subcmd__desired_commands] )) ||
_mothership__subcmd__help__subcmd__instances__subcmd__desired_commands() {
    local commands; commands=(
'show:Show an instance'\''s desired image and whether it is in sync, updating, failed (why) or not managed' \
'set:Give instances a desired image\: those running another binary are updated now if connected, and whenever they dock running another, a bounded number of times' \
'clear:Remove instances'\'' desired image (nothing is deployed; they are no longer managed)' \
    )
    _describe -t commands 'mothership help instances desired commands' commands "$@"
}
(( $+functions[_mothership__subcmd__help__subcmd__instances__subcmd__desired__subcmd__clear_commands] )) ||
_mothership__subcmd__help__subcmd__instances__subcmd__desired__subcmd__clear_commands() {
    local commands; commands=()
    _describe -t commands 'mothership help instances desired clear commands' commands "$@"
}
(( $+functions[_mothership__subcmd__help__subcmd__instances__subcmd__desired__subcmd__set_commands] )) ||
_mothership__subcmd__help__subcmd__instances__subcmd__desired__subcmd__set_commands() {
    local commands; commands=()
    _describe -t commands 'mothership help instances desired set commands' commands "$@"
}
(( $+functions[_mothership__subcmd__help__subcmd__instances__subcmd__desired__subcmd__show_commands] )) ||
_mothership__subcmd__help__subcmd__instances__subcmd__desired__subcmd__show_commands() {
    local commands; commands=()
    _describe -t commands 'mothership help instances desired show commands' commands "$@"
}
(( $+functions[_mothership__subcmd__help__subcmd__instances__subcmd__inspect_commands] )) ||
_mothership__subcmd__help__subcmd__instances__subcmd__inspect_commands() {
    local commands; commands=()
    _describe -t commands 'mothership help instances inspect commands' commands "$@"
}
(( $+functions[_mothership__subcmd__help__subcmd__instances__subcmd__logs_commands] )) ||
_mothership__subcmd__help__subcmd__instances__subcmd__logs_commands() {
    local commands; commands=()
    _describe -t commands 'mothership help instances logs commands' commands "$@"
}
(( $+functions[_mothership__subcmd__help__subcmd__instances__subcmd__panics_commands] )) ||
_mothership__subcmd__help__subcmd__instances__subcmd__panics_commands() {
    local commands; commands=()
    _describe -t commands 'mothership help instances panics commands' commands "$@"
}
(( $+functions[_mothership__subcmd__help__subcmd__instances__subcmd__stats_commands] )) ||
_mothership__subcmd__help__subcmd__instances__subcmd__stats_commands() {
    local commands; commands=()
    _describe -t commands 'mothership help instances stats commands' commands "$@"
}
(( $+functions[_mothership__subcmd__help__subcmd__man_commands] )) ||
_mothership__subcmd__help__subcmd__man_commands() {
    local commands; commands=()
    _describe -t commands 'mothership help man commands' commands "$@"
}
(( $+functions[_mothership__subcmd__help__subcmd__nacl_commands] )) ||
_mothership__subcmd__help__subcmd__nacl_commands() {
    local commands; commands=(
'fmt:Lay a NaCl file out canonically, in place\: one statement per line, four spaces per level, one space after each colon; comments and strings are kept as written' \
'transpile:Print the C++ that IncludeOS'\''s NaCl transpiler (NaCl.py) makes of a NaCl file, the same text byte for byte; no server or builder needed' \
    )
    _describe -t commands 'mothership help nacl commands' commands "$@"
}
(( $+functions[_mothership__subcmd__help__subcmd__nacl__subcmd__fmt_commands] )) ||
_mothership__subcmd__help__subcmd__nacl__subcmd__fmt_commands() {
    local commands; commands=()
    _describe -t commands 'mothership help nacl fmt commands' commands "$@"
}
(( $+functions[_mothership__subcmd__help__subcmd__nacl__subcmd__transpile_commands] )) ||
_mothership__subcmd__help__subcmd__nacl__subcmd__transpile_commands() {
    local commands; commands=()
    _describe -t commands 'mothership help nacl transpile commands' commands "$@"
}
(( $+functions[_mothership__subcmd__help__subcmd__nacls_commands] )) ||
_mothership__subcmd__help__subcmd__nacls_commands() {
    local commands; commands=(
'list:List names, sizes and dates (not the content)' \
'push:Upload a file, named after the file unless --name is given' \
'pull:Download the content to a file (\`-O -\` for standard output)' \
'show:Show metadata and content' \
'delete:Delete one' \
    )
    _describe -t commands 'mothership help nacls commands' commands "$@"
}
(( $+functions[_mothership__subcmd__help__subcmd__nacls__subcmd__delete_commands] )) ||
_mothership__subcmd__help__subcmd__nacls__subcmd__delete_commands() {
    local commands; commands=()
    _describe -t commands 'mothership help nacls delete commands' commands "$@"
}
(( $+functions[_mothership__subcmd__help__subcmd__nacls__subcmd__list_commands] )) ||
_mothership__subcmd__help__subcmd__nacls__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'mothership help nacls list commands' commands "$@"
}
(( $+functions[_mothership__subcmd__help__subcmd__nacls__subcmd__pull_commands] )) ||
_mothership__subcmd__help__subcmd__nacls__subcmd__pull_commands() {
    local commands; commands=()
    _describe -t commands 'mothership help nacls pull commands' commands "$@"
}
(( $+functions[_mothership__subcmd__help__subcmd__nacls__subcmd__push_commands] )) ||
_mothership__subcmd__help__subcmd__nacls__subcmd__push_commands() {
    local commands; commands=()
    _describe -t commands 'mothership help nacls push commands' commands "$@"
}
(( $+functions[_mothership__subcmd__help__subcmd__nacls__subcmd__show_commands] )) ||
_mothership__subcmd__help__subcmd__nacls__subcmd__show_commands() {
    local commands; commands=()
    _describe -t commands 'mothership help nacls show commands' commands "$@"
}
(( $+functions[_mothership__subcmd__help__subcmd__pull-image_commands] )) ||
_mothership__subcmd__help__subcmd__pull-image_commands() {
    local commands; commands=()
    _describe -t commands 'mothership help pull-image commands' commands "$@"
}
(( $+functions[_mothership__subcmd__help__subcmd__pull-nacl_commands] )) ||
_mothership__subcmd__help__subcmd__pull-nacl_commands() {
    local commands; commands=()
    _describe -t commands 'mothership help pull-nacl commands' commands "$@"
}
(( $+functions[_mothership__subcmd__help__subcmd__push-image_commands] )) ||
_mothership__subcmd__help__subcmd__push-image_commands() {
    local commands; commands=()
    _describe -t commands 'mothership help push-image commands' commands "$@"
}
(( $+functions[_mothership__subcmd__help__subcmd__push-nacl_commands] )) ||
_mothership__subcmd__help__subcmd__push-nacl_commands() {
    local commands; commands=()
    _describe -t commands 'mothership help push-nacl commands' commands "$@"
}
(( $+functions[_mothership__subcmd__help__subcmd__rollout_commands] )) ||
_mothership__subcmd__help__subcmd__rollout_commands() {
    local commands; commands=(
'start:Roll an image out to the instances a selector picks, in waves' \
'list:List rollouts (newest first)' \
'show:Show a rollout\: its waves and every instance'\''s outcome' \
'pause:Pause a running rollout\: nothing new starts, updates under way finish' \
'resume:Resume a paused rollout' \
'cancel:Cancel a rollout (emergency stop)\: nothing new starts, queued instances are skipped' \
'rollback:Roll a rollout back\: every instance it updated (or failed) gets its previous image' \
    )
    _describe -t commands 'mothership help rollout commands' commands "$@"
}
(( $+functions[_mothership__subcmd__help__subcmd__rollout__subcmd__cancel_commands] )) ||
_mothership__subcmd__help__subcmd__rollout__subcmd__cancel_commands() {
    local commands; commands=()
    _describe -t commands 'mothership help rollout cancel commands' commands "$@"
}
(( $+functions[_mothership__subcmd__help__subcmd__rollout__subcmd__list_commands] )) ||
_mothership__subcmd__help__subcmd__rollout__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'mothership help rollout list commands' commands "$@"
}
(( $+functions[_mothership__subcmd__help__subcmd__rollout__subcmd__pause_commands] )) ||
_mothership__subcmd__help__subcmd__rollout__subcmd__pause_commands() {
    local commands; commands=()
    _describe -t commands 'mothership help rollout pause commands' commands "$@"
}
(( $+functions[_mothership__subcmd__help__subcmd__rollout__subcmd__resume_commands] )) ||
_mothership__subcmd__help__subcmd__rollout__subcmd__resume_commands() {
    local commands; commands=()
    _describe -t commands 'mothership help rollout resume commands' commands "$@"
}
(( $+functions[_mothership__subcmd__help__subcmd__rollout__subcmd__rollback_commands] )) ||
_mothership__subcmd__help__subcmd__rollout__subcmd__rollback_commands() {
    local commands; commands=()
    _describe -t commands 'mothership help rollout rollback commands' commands "$@"
}
(( $+functions[_mothership__subcmd__help__subcmd__rollout__subcmd__show_commands] )) ||
_mothership__subcmd__help__subcmd__rollout__subcmd__show_commands() {
    local commands; commands=()
    _describe -t commands 'mothership help rollout show commands' commands "$@"
}
(( $+functions[_mothership__subcmd__help__subcmd__rollout__subcmd__start_commands] )) ||
_mothership__subcmd__help__subcmd__rollout__subcmd__start_commands() {
    local commands; commands=()
    _describe -t commands 'mothership help rollout start commands' commands "$@"
}
(( $+functions[_mothership__subcmd__help__subcmd__serve_commands] )) ||
_mothership__subcmd__help__subcmd__serve_commands() {
    local commands; commands=()
    _describe -t commands 'mothership help serve commands' commands "$@"
}
(( $+functions[_mothership__subcmd__help__subcmd__services_commands] )) ||
_mothership__subcmd__help__subcmd__services_commands() {
    local commands; commands=(
'push:Store a service\: tars DIR (skipping \`build\` directories and \`.git\`) and sends it; the name is --name, else the CMakeLists.txt'\''s project(...), else its BINARY' \
'list:List the services\: bundled by builders and stored' \
'inspect:Show one service' \
'pull:Download a stored service'\''s sources as a tar' \
'delete:Delete a stored service' \
    )
    _describe -t commands 'mothership help services commands' commands "$@"
}
(( $+functions[_mothership__subcmd__help__subcmd__services__subcmd__delete_commands] )) ||
_mothership__subcmd__help__subcmd__services__subcmd__delete_commands() {
    local commands; commands=()
    _describe -t commands 'mothership help services delete commands' commands "$@"
}
(( $+functions[_mothership__subcmd__help__subcmd__services__subcmd__inspect_commands] )) ||
_mothership__subcmd__help__subcmd__services__subcmd__inspect_commands() {
    local commands; commands=()
    _describe -t commands 'mothership help services inspect commands' commands "$@"
}
(( $+functions[_mothership__subcmd__help__subcmd__services__subcmd__list_commands] )) ||
_mothership__subcmd__help__subcmd__services__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'mothership help services list commands' commands "$@"
}
(( $+functions[_mothership__subcmd__help__subcmd__services__subcmd__pull_commands] )) ||
_mothership__subcmd__help__subcmd__services__subcmd__pull_commands() {
    local commands; commands=()
    _describe -t commands 'mothership help services pull commands' commands "$@"
}
(( $+functions[_mothership__subcmd__help__subcmd__services__subcmd__push_commands] )) ||
_mothership__subcmd__help__subcmd__services__subcmd__push_commands() {
    local commands; commands=()
    _describe -t commands 'mothership help services push commands' commands "$@"
}
(( $+functions[_mothership__subcmd__help__subcmd__snippets_commands] )) ||
_mothership__subcmd__help__subcmd__snippets_commands() {
    local commands; commands=(
'list:List names, sizes and dates (not the content)' \
'push:Upload a file, named after the file unless --name is given' \
'pull:Download the content to a file (\`-O -\` for standard output)' \
'show:Show metadata and content' \
'delete:Delete one' \
    )
    _describe -t commands 'mothership help snippets commands' commands "$@"
}
(( $+functions[_mothership__subcmd__help__subcmd__snippets__subcmd__delete_commands] )) ||
_mothership__subcmd__help__subcmd__snippets__subcmd__delete_commands() {
    local commands; commands=()
    _describe -t commands 'mothership help snippets delete commands' commands "$@"
}
(( $+functions[_mothership__subcmd__help__subcmd__snippets__subcmd__list_commands] )) ||
_mothership__subcmd__help__subcmd__snippets__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'mothership help snippets list commands' commands "$@"
}
(( $+functions[_mothership__subcmd__help__subcmd__snippets__subcmd__pull_commands] )) ||
_mothership__subcmd__help__subcmd__snippets__subcmd__pull_commands() {
    local commands; commands=()
    _describe -t commands 'mothership help snippets pull commands' commands "$@"
}
(( $+functions[_mothership__subcmd__help__subcmd__snippets__subcmd__push_commands] )) ||
_mothership__subcmd__help__subcmd__snippets__subcmd__push_commands() {
    local commands; commands=()
    _describe -t commands 'mothership help snippets push commands' commands "$@"
}
(( $+functions[_mothership__subcmd__help__subcmd__snippets__subcmd__show_commands] )) ||
_mothership__subcmd__help__subcmd__snippets__subcmd__show_commands() {
    local commands; commands=()
    _describe -t commands 'mothership help snippets show commands' commands "$@"
}
(( $+functions[_mothership__subcmd__help__subcmd__upgrade_commands] )) ||
_mothership__subcmd__help__subcmd__upgrade_commands() {
    local commands; commands=()
    _describe -t commands 'mothership help upgrade commands' commands "$@"
}
(( $+functions[_mothership__subcmd__help__subcmd__upgrades_commands] )) ||
_mothership__subcmd__help__subcmd__upgrades_commands() {
    local commands; commands=(
'list:List upgrades (newest first)' \
'show:Show an upgrade with its build and deploy' \
    )
    _describe -t commands 'mothership help upgrades commands' commands "$@"
}
(( $+functions[_mothership__subcmd__help__subcmd__upgrades__subcmd__list_commands] )) ||
_mothership__subcmd__help__subcmd__upgrades__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'mothership help upgrades list commands' commands "$@"
}
(( $+functions[_mothership__subcmd__help__subcmd__upgrades__subcmd__show_commands] )) ||
_mothership__subcmd__help__subcmd__upgrades__subcmd__show_commands() {
    local commands; commands=()
    _describe -t commands 'mothership help upgrades show commands' commands "$@"
}
(( $+functions[_mothership__subcmd__help__subcmd__uplinks_commands] )) ||
_mothership__subcmd__help__subcmd__uplinks_commands() {
    local commands; commands=(
'list:List uplinks' \
'create:Create an uplink (a token is generated unless given)' \
'show:Show an uplink; --token shows its token too' \
'update:Change an uplink; --clear unsets optional keys' \
'delete:Delete an uplink' \
    )
    _describe -t commands 'mothership help uplinks commands' commands "$@"
}
(( $+functions[_mothership__subcmd__help__subcmd__uplinks__subcmd__create_commands] )) ||
_mothership__subcmd__help__subcmd__uplinks__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'mothership help uplinks create commands' commands "$@"
}
(( $+functions[_mothership__subcmd__help__subcmd__uplinks__subcmd__delete_commands] )) ||
_mothership__subcmd__help__subcmd__uplinks__subcmd__delete_commands() {
    local commands; commands=()
    _describe -t commands 'mothership help uplinks delete commands' commands "$@"
}
(( $+functions[_mothership__subcmd__help__subcmd__uplinks__subcmd__list_commands] )) ||
_mothership__subcmd__help__subcmd__uplinks__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'mothership help uplinks list commands' commands "$@"
}
(( $+functions[_mothership__subcmd__help__subcmd__uplinks__subcmd__show_commands] )) ||
_mothership__subcmd__help__subcmd__uplinks__subcmd__show_commands() {
    local commands; commands=()
    _describe -t commands 'mothership help uplinks show commands' commands "$@"
}
(( $+functions[_mothership__subcmd__help__subcmd__uplinks__subcmd__update_commands] )) ||
_mothership__subcmd__help__subcmd__uplinks__subcmd__update_commands() {
    local commands; commands=()
    _describe -t commands 'mothership help uplinks update commands' commands "$@"
}
(( $+functions[_mothership__subcmd__help__subcmd__validate_commands] )) ||
_mothership__subcmd__help__subcmd__validate_commands() {
    local commands; commands=()
    _describe -t commands 'mothership help validate commands' commands "$@"
}
(( $+functions[_mothership__subcmd__help__subcmd__webhooks_commands] )) ||
_mothership__subcmd__help__subcmd__webhooks_commands() {
    local commands; commands=(
'add:Register a URL to POST events to; prints the secret deliveries are signed with, once' \
'list:List webhooks and how their deliveries go' \
'show:Show a webhook and its last delivery' \
'delete:Delete a webhook (what is queued for it is dropped)' \
    )
    _describe -t commands 'mothership help webhooks commands' commands "$@"
}
(( $+functions[_mothership__subcmd__help__subcmd__webhooks__subcmd__add_commands] )) ||
_mothership__subcmd__help__subcmd__webhooks__subcmd__add_commands() {
    local commands; commands=()
    _describe -t commands 'mothership help webhooks add commands' commands "$@"
}
(( $+functions[_mothership__subcmd__help__subcmd__webhooks__subcmd__delete_commands] )) ||
_mothership__subcmd__help__subcmd__webhooks__subcmd__delete_commands() {
    local commands; commands=()
    _describe -t commands 'mothership help webhooks delete commands' commands "$@"
}
(( $+functions[_mothership__subcmd__help__subcmd__webhooks__subcmd__list_commands] )) ||
_mothership__subcmd__help__subcmd__webhooks__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'mothership help webhooks list commands' commands "$@"
}
(( $+functions[_mothership__subcmd__help__subcmd__webhooks__subcmd__show_commands] )) ||
_mothership__subcmd__help__subcmd__webhooks__subcmd__show_commands() {
    local commands; commands=()
    _describe -t commands 'mothership help webhooks show commands' commands "$@"
}
(( $+functions[_mothership__subcmd__htpasswd_commands] )) ||
_mothership__subcmd__htpasswd_commands() {
    local commands; commands=(
'add:Add a user, or replace an existing user'\''s password' \
'delete:Delete a user' \
'list:List the users in the file' \
'verify:Check a user'\''s password (exit 0 when it matches, 3 when not)' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'mothership htpasswd commands' commands "$@"
}
(( $+functions[_mothership__subcmd__htpasswd__subcmd__add_commands] )) ||
_mothership__subcmd__htpasswd__subcmd__add_commands() {
    local commands; commands=()
    _describe -t commands 'mothership htpasswd add commands' commands "$@"
}
(( $+functions[_mothership__subcmd__htpasswd__subcmd__delete_commands] )) ||
_mothership__subcmd__htpasswd__subcmd__delete_commands() {
    local commands; commands=()
    _describe -t commands 'mothership htpasswd delete commands' commands "$@"
}
(( $+functions[_mothership__subcmd__htpasswd__subcmd__help_commands] )) ||
_mothership__subcmd__htpasswd__subcmd__help_commands() {
    local commands; commands=(
'add:Add a user, or replace an existing user'\''s password' \
'delete:Delete a user' \
'list:List the users in the file' \
'verify:Check a user'\''s password (exit 0 when it matches, 3 when not)' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'mothership htpasswd help commands' commands "$@"
}
(( $+functions[_mothership__subcmd__htpasswd__subcmd__help__subcmd__add_commands] )) ||
_mothership__subcmd__htpasswd__subcmd__help__subcmd__add_commands() {
    local commands; commands=()
    _describe -t commands 'mothership htpasswd help add commands' commands "$@"
}
(( $+functions[_mothership__subcmd__htpasswd__subcmd__help__subcmd__delete_commands] )) ||
_mothership__subcmd__htpasswd__subcmd__help__subcmd__delete_commands() {
    local commands; commands=()
    _describe -t commands 'mothership htpasswd help delete commands' commands "$@"
}
(( $+functions[_mothership__subcmd__htpasswd__subcmd__help__subcmd__help_commands] )) ||
_mothership__subcmd__htpasswd__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'mothership htpasswd help help commands' commands "$@"
}
(( $+functions[_mothership__subcmd__htpasswd__subcmd__help__subcmd__list_commands] )) ||
_mothership__subcmd__htpasswd__subcmd__help__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'mothership htpasswd help list commands' commands "$@"
}
(( $+functions[_mothership__subcmd__htpasswd__subcmd__help__subcmd__verify_commands] )) ||
_mothership__subcmd__htpasswd__subcmd__help__subcmd__verify_commands() {
    local commands; commands=()
    _describe -t commands 'mothership htpasswd help verify commands' commands "$@"
}
(( $+functions[_mothership__subcmd__htpasswd__subcmd__list_commands] )) ||
_mothership__subcmd__htpasswd__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'mothership htpasswd list commands' commands "$@"
}
(( $+functions[_mothership__subcmd__htpasswd__subcmd__verify_commands] )) ||
_mothership__subcmd__htpasswd__subcmd__verify_commands() {
    local commands; commands=()
    _describe -t commands 'mothership htpasswd verify commands' commands "$@"
}
(( $+functions[_mothership__subcmd__images_commands] )) ||
_mothership__subcmd__images_commands() {
    local commands; commands=(
'list:List images (newest first)' \
'ls:List images (newest first)' \
'push:Upload an IncludeOS binary (the same bytes again give the existing image)' \
'pull:Download an image to a file (resumes a partial download)' \
'inspect:Show an image'\''s metadata' \
'delete:Delete an image' \
'rm:Delete an image' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'mothership images commands' commands "$@"
}
(( $+functions[_mothership__subcmd__images__subcmd__delete_commands] )) ||
_mothership__subcmd__images__subcmd__delete_commands() {
    local commands; commands=()
    _describe -t commands 'mothership images delete commands' commands "$@"
}
(( $+functions[_mothership__subcmd__images__subcmd__help_commands] )) ||
_mothership__subcmd__images__subcmd__help_commands() {
    local commands; commands=(
'list:List images (newest first)' \
'push:Upload an IncludeOS binary (the same bytes again give the existing image)' \
'pull:Download an image to a file (resumes a partial download)' \
'inspect:Show an image'\''s metadata' \
'delete:Delete an image' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'mothership images help commands' commands "$@"
}
(( $+functions[_mothership__subcmd__images__subcmd__help__subcmd__delete_commands] )) ||
_mothership__subcmd__images__subcmd__help__subcmd__delete_commands() {
    local commands; commands=()
    _describe -t commands 'mothership images help delete commands' commands "$@"
}
(( $+functions[_mothership__subcmd__images__subcmd__help__subcmd__help_commands] )) ||
_mothership__subcmd__images__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'mothership images help help commands' commands "$@"
}
(( $+functions[_mothership__subcmd__images__subcmd__help__subcmd__inspect_commands] )) ||
_mothership__subcmd__images__subcmd__help__subcmd__inspect_commands() {
    local commands; commands=()
    _describe -t commands 'mothership images help inspect commands' commands "$@"
}
(( $+functions[_mothership__subcmd__images__subcmd__help__subcmd__list_commands] )) ||
_mothership__subcmd__images__subcmd__help__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'mothership images help list commands' commands "$@"
}
(( $+functions[_mothership__subcmd__images__subcmd__help__subcmd__pull_commands] )) ||
_mothership__subcmd__images__subcmd__help__subcmd__pull_commands() {
    local commands; commands=()
    _describe -t commands 'mothership images help pull commands' commands "$@"
}
(( $+functions[_mothership__subcmd__images__subcmd__help__subcmd__push_commands] )) ||
_mothership__subcmd__images__subcmd__help__subcmd__push_commands() {
    local commands; commands=()
    _describe -t commands 'mothership images help push commands' commands "$@"
}
(( $+functions[_mothership__subcmd__images__subcmd__inspect_commands] )) ||
_mothership__subcmd__images__subcmd__inspect_commands() {
    local commands; commands=()
    _describe -t commands 'mothership images inspect commands' commands "$@"
}
(( $+functions[_mothership__subcmd__images__subcmd__list_commands] )) ||
_mothership__subcmd__images__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'mothership images list commands' commands "$@"
}
(( $+functions[_mothership__subcmd__images__subcmd__pull_commands] )) ||
_mothership__subcmd__images__subcmd__pull_commands() {
    local commands; commands=()
    _describe -t commands 'mothership images pull commands' commands "$@"
}
(( $+functions[_mothership__subcmd__images__subcmd__push_commands] )) ||
_mothership__subcmd__images__subcmd__push_commands() {
    local commands; commands=()
    _describe -t commands 'mothership images push commands' commands "$@"
}
(( $+functions[_mothership__subcmd__info_commands] )) ||
_mothership__subcmd__info_commands() {
    local commands; commands=()
    _describe -t commands 'mothership info commands' commands "$@"
}
(( $+functions[_mothership__subcmd__init_commands] )) ||
_mothership__subcmd__init_commands() {
    local commands; commands=()
    _describe -t commands 'mothership init commands' commands "$@"
}
(( $+functions[_mothership__subcmd__inspect-instance_commands] )) ||
_mothership__subcmd__inspect-instance_commands() {
    local commands; commands=()
    _describe -t commands 'mothership inspect-instance commands' commands "$@"
}
(( $+functions[_mothership__subcmd__instances_commands] )) ||
_mothership__subcmd__instances_commands() {
    local commands; commands=(
'inspect:Show everything known about an instance' \
'logs:Print an instance'\''s log' \
'panics:Print the panics an instance reported' \
'stats:Print an instance'\''s stats (fresh from the instance when it is docked)' \
'alias:Give an instance an alias (usable as its ID); an empty NAME removes it' \
'describe:Set an instance'\''s description; an empty TEXT removes it' \
'auto-redeploy:Turn "automatically redeploy last image" on or off\: when the instance docks running another binary than the image last deployed to it, that image is deployed again' \
'desired:The image instances should run (desired state)\: Mothership keeps them converging on it' \
'delete:Forget instances (with their logs, panics and stats)' \
'rm:Forget instances (with their logs, panics and stats)' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'mothership instances commands' commands "$@"
}
(( $+functions[_mothership__subcmd__instances__subcmd__alias_commands] )) ||
_mothership__subcmd__instances__subcmd__alias_commands() {
    local commands; commands=()
    _describe -t commands 'mothership instances alias commands' commands "$@"
}
(( $+functions[_mothership__subcmd__instances__subcmd__auto-redeploy_commands] )) ||
_mothership__subcmd__instances__subcmd__auto-redeploy_commands() {
    local commands; commands=()
    _describe -t commands 'mothership instances auto-redeploy commands' commands "$@"
}
(( $+functions[_mothership__subcmd__instances__subcmd__delete_commands] )) ||
_mothership__subcmd__instances__subcmd__delete_commands() {
    local commands; commands=()
    _describe -t commands 'mothership instances delete commands' commands "$@"
}
(( $+functions[_mothership__subcmd__instances__subcmd__describe_commands] )) ||
_mothership__subcmd__instances__subcmd__describe_commands() {
    local commands; commands=()
    _describe -t commands 'mothership instances describe commands' commands "$@"
}
(( $+functions[_mothership__subcmd__instances__subcmd__desired_commands] )) ||
_mothership__subcmd__instances__subcmd__desired_commands() {
    local commands; commands=(
'show:Show an instance'\''s desired image and whether it is in sync, updating, failed (why) or not managed' \
'set:Give instances a desired image\: those running another binary are updated now if connected, and whenever they dock running another, a bounded number of times' \
'clear:Remove instances'\'' desired image (nothing is deployed; they are no longer managed)' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'mothership instances desired commands' commands "$@"
}
(( $+functions[_mothership__subcmd__instances__subcmd__desired__subcmd__clear_commands] )) ||
_mothership__subcmd__instances__subcmd__desired__subcmd__clear_commands() {
    local commands; commands=()
    _describe -t commands 'mothership instances desired clear commands' commands "$@"
}
(( $+functions[_mothership__subcmd__instances__subcmd__desired__subcmd__help_commands] )) ||
_mothership__subcmd__instances__subcmd__desired__subcmd__help_commands() {
    local commands; commands=(
'show:Show an instance'\''s desired image and whether it is in sync, updating, failed (why) or not managed' \
'set:Give instances a desired image\: those running another binary are updated now if connected, and whenever they dock running another, a bounded number of times' \
'clear:Remove instances'\'' desired image (nothing is deployed; they are no longer managed)' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'mothership instances desired help commands' commands "$@"
}
(( $+functions[_mothership__subcmd__instances__subcmd__desired__subcmd__help__subcmd__clear_commands] )) ||
_mothership__subcmd__instances__subcmd__desired__subcmd__help__subcmd__clear_commands() {
    local commands; commands=()
    _describe -t commands 'mothership instances desired help clear commands' commands "$@"
}
(( $+functions[_mothership__subcmd__instances__subcmd__desired__subcmd__help__subcmd__help_commands] )) ||
_mothership__subcmd__instances__subcmd__desired__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'mothership instances desired help help commands' commands "$@"
}
(( $+functions[_mothership__subcmd__instances__subcmd__desired__subcmd__help__subcmd__set_commands] )) ||
_mothership__subcmd__instances__subcmd__desired__subcmd__help__subcmd__set_commands() {
    local commands; commands=()
    _describe -t commands 'mothership instances desired help set commands' commands "$@"
}
(( $+functions[_mothership__subcmd__instances__subcmd__desired__subcmd__help__subcmd__show_commands] )) ||
_mothership__subcmd__instances__subcmd__desired__subcmd__help__subcmd__show_commands() {
    local commands; commands=()
    _describe -t commands 'mothership instances desired help show commands' commands "$@"
}
(( $+functions[_mothership__subcmd__instances__subcmd__desired__subcmd__set_commands] )) ||
_mothership__subcmd__instances__subcmd__desired__subcmd__set_commands() {
    local commands; commands=()
    _describe -t commands 'mothership instances desired set commands' commands "$@"
}
(( $+functions[_mothership__subcmd__instances__subcmd__desired__subcmd__show_commands] )) ||
_mothership__subcmd__instances__subcmd__desired__subcmd__show_commands() {
    local commands; commands=()
    _describe -t commands 'mothership instances desired show commands' commands "$@"
}
(( $+functions[_mothership__subcmd__instances__subcmd__help_commands] )) ||
_mothership__subcmd__instances__subcmd__help_commands() {
    local commands; commands=(
'inspect:Show everything known about an instance' \
'logs:Print an instance'\''s log' \
'panics:Print the panics an instance reported' \
'stats:Print an instance'\''s stats (fresh from the instance when it is docked)' \
'alias:Give an instance an alias (usable as its ID); an empty NAME removes it' \
'describe:Set an instance'\''s description; an empty TEXT removes it' \
'auto-redeploy:Turn "automatically redeploy last image" on or off\: when the instance docks running another binary than the image last deployed to it, that image is deployed again' \
'desired:The image instances should run (desired state)\: Mothership keeps them converging on it' \
'delete:Forget instances (with their logs, panics and stats)' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'mothership instances help commands' commands "$@"
}
(( $+functions[_mothership__subcmd__instances__subcmd__help__subcmd__alias_commands] )) ||
_mothership__subcmd__instances__subcmd__help__subcmd__alias_commands() {
    local commands; commands=()
    _describe -t commands 'mothership instances help alias commands' commands "$@"
}
(( $+functions[_mothership__subcmd__instances__subcmd__help__subcmd__auto-redeploy_commands] )) ||
_mothership__subcmd__instances__subcmd__help__subcmd__auto-redeploy_commands() {
    local commands; commands=()
    _describe -t commands 'mothership instances help auto-redeploy commands' commands "$@"
}
(( $+functions[_mothership__subcmd__instances__subcmd__help__subcmd__delete_commands] )) ||
_mothership__subcmd__instances__subcmd__help__subcmd__delete_commands() {
    local commands; commands=()
    _describe -t commands 'mothership instances help delete commands' commands "$@"
}
(( $+functions[_mothership__subcmd__instances__subcmd__help__subcmd__describe_commands] )) ||
_mothership__subcmd__instances__subcmd__help__subcmd__describe_commands() {
    local commands; commands=()
    _describe -t commands 'mothership instances help describe commands' commands "$@"
}
(( $+functions[_mothership__subcmd__instances__subcmd__help__subcmd__desired_commands] )) ||
_mothership__subcmd__instances__subcmd__help__subcmd__desired_commands() {
    local commands; commands=(
'show:Show an instance'\''s desired image and whether it is in sync, updating, failed (why) or not managed' \
'set:Give instances a desired image\: those running another binary are updated now if connected, and whenever they dock running another, a bounded number of times' \
'clear:Remove instances'\'' desired image (nothing is deployed; they are no longer managed)' \
    )
    _describe -t commands 'mothership instances help desired commands' commands "$@"
}
(( $+functions[_mothership__subcmd__instances__subcmd__help__subcmd__desired__subcmd__clear_commands] )) ||
_mothership__subcmd__instances__subcmd__help__subcmd__desired__subcmd__clear_commands() {
    local commands; commands=()
    _describe -t commands 'mothership instances help desired clear commands' commands "$@"
}
(( $+functions[_mothership__subcmd__instances__subcmd__help__subcmd__desired__subcmd__set_commands] )) ||
_mothership__subcmd__instances__subcmd__help__subcmd__desired__subcmd__set_commands() {
    local commands; commands=()
    _describe -t commands 'mothership instances help desired set commands' commands "$@"
}
(( $+functions[_mothership__subcmd__instances__subcmd__help__subcmd__desired__subcmd__show_commands] )) ||
_mothership__subcmd__instances__subcmd__help__subcmd__desired__subcmd__show_commands() {
    local commands; commands=()
    _describe -t commands 'mothership instances help desired show commands' commands "$@"
}
(( $+functions[_mothership__subcmd__instances__subcmd__help__subcmd__help_commands] )) ||
_mothership__subcmd__instances__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'mothership instances help help commands' commands "$@"
}
(( $+functions[_mothership__subcmd__instances__subcmd__help__subcmd__inspect_commands] )) ||
_mothership__subcmd__instances__subcmd__help__subcmd__inspect_commands() {
    local commands; commands=()
    _describe -t commands 'mothership instances help inspect commands' commands "$@"
}
(( $+functions[_mothership__subcmd__instances__subcmd__help__subcmd__logs_commands] )) ||
_mothership__subcmd__instances__subcmd__help__subcmd__logs_commands() {
    local commands; commands=()
    _describe -t commands 'mothership instances help logs commands' commands "$@"
}
(( $+functions[_mothership__subcmd__instances__subcmd__help__subcmd__panics_commands] )) ||
_mothership__subcmd__instances__subcmd__help__subcmd__panics_commands() {
    local commands; commands=()
    _describe -t commands 'mothership instances help panics commands' commands "$@"
}
(( $+functions[_mothership__subcmd__instances__subcmd__help__subcmd__stats_commands] )) ||
_mothership__subcmd__instances__subcmd__help__subcmd__stats_commands() {
    local commands; commands=()
    _describe -t commands 'mothership instances help stats commands' commands "$@"
}
(( $+functions[_mothership__subcmd__instances__subcmd__inspect_commands] )) ||
_mothership__subcmd__instances__subcmd__inspect_commands() {
    local commands; commands=()
    _describe -t commands 'mothership instances inspect commands' commands "$@"
}
(( $+functions[_mothership__subcmd__instances__subcmd__logs_commands] )) ||
_mothership__subcmd__instances__subcmd__logs_commands() {
    local commands; commands=()
    _describe -t commands 'mothership instances logs commands' commands "$@"
}
(( $+functions[_mothership__subcmd__instances__subcmd__panics_commands] )) ||
_mothership__subcmd__instances__subcmd__panics_commands() {
    local commands; commands=()
    _describe -t commands 'mothership instances panics commands' commands "$@"
}
(( $+functions[_mothership__subcmd__instances__subcmd__stats_commands] )) ||
_mothership__subcmd__instances__subcmd__stats_commands() {
    local commands; commands=()
    _describe -t commands 'mothership instances stats commands' commands "$@"
}
(( $+functions[_mothership__subcmd__man_commands] )) ||
_mothership__subcmd__man_commands() {
    local commands; commands=()
    _describe -t commands 'mothership man commands' commands "$@"
}
(( $+functions[_mothership__subcmd__nacl_commands] )) ||
_mothership__subcmd__nacl_commands() {
    local commands; commands=(
'fmt:Lay a NaCl file out canonically, in place\: one statement per line, four spaces per level, one space after each colon; comments and strings are kept as written' \
'transpile:Print the C++ that IncludeOS'\''s NaCl transpiler (NaCl.py) makes of a NaCl file, the same text byte for byte; no server or builder needed' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'mothership nacl commands' commands "$@"
}
(( $+functions[_mothership__subcmd__nacl__subcmd__fmt_commands] )) ||
_mothership__subcmd__nacl__subcmd__fmt_commands() {
    local commands; commands=()
    _describe -t commands 'mothership nacl fmt commands' commands "$@"
}
(( $+functions[_mothership__subcmd__nacl__subcmd__help_commands] )) ||
_mothership__subcmd__nacl__subcmd__help_commands() {
    local commands; commands=(
'fmt:Lay a NaCl file out canonically, in place\: one statement per line, four spaces per level, one space after each colon; comments and strings are kept as written' \
'transpile:Print the C++ that IncludeOS'\''s NaCl transpiler (NaCl.py) makes of a NaCl file, the same text byte for byte; no server or builder needed' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'mothership nacl help commands' commands "$@"
}
(( $+functions[_mothership__subcmd__nacl__subcmd__help__subcmd__fmt_commands] )) ||
_mothership__subcmd__nacl__subcmd__help__subcmd__fmt_commands() {
    local commands; commands=()
    _describe -t commands 'mothership nacl help fmt commands' commands "$@"
}
(( $+functions[_mothership__subcmd__nacl__subcmd__help__subcmd__help_commands] )) ||
_mothership__subcmd__nacl__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'mothership nacl help help commands' commands "$@"
}
(( $+functions[_mothership__subcmd__nacl__subcmd__help__subcmd__transpile_commands] )) ||
_mothership__subcmd__nacl__subcmd__help__subcmd__transpile_commands() {
    local commands; commands=()
    _describe -t commands 'mothership nacl help transpile commands' commands "$@"
}
(( $+functions[_mothership__subcmd__nacl__subcmd__transpile_commands] )) ||
_mothership__subcmd__nacl__subcmd__transpile_commands() {
    local commands; commands=()
    _describe -t commands 'mothership nacl transpile commands' commands "$@"
}
(( $+functions[_mothership__subcmd__nacls_commands] )) ||
_mothership__subcmd__nacls_commands() {
    local commands; commands=(
'list:List names, sizes and dates (not the content)' \
'ls:List names, sizes and dates (not the content)' \
'push:Upload a file, named after the file unless --name is given' \
'pull:Download the content to a file (\`-O -\` for standard output)' \
'show:Show metadata and content' \
'delete:Delete one' \
'rm:Delete one' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'mothership nacls commands' commands "$@"
}
(( $+functions[_mothership__subcmd__nacls__subcmd__delete_commands] )) ||
_mothership__subcmd__nacls__subcmd__delete_commands() {
    local commands; commands=()
    _describe -t commands 'mothership nacls delete commands' commands "$@"
}
(( $+functions[_mothership__subcmd__nacls__subcmd__help_commands] )) ||
_mothership__subcmd__nacls__subcmd__help_commands() {
    local commands; commands=(
'list:List names, sizes and dates (not the content)' \
'push:Upload a file, named after the file unless --name is given' \
'pull:Download the content to a file (\`-O -\` for standard output)' \
'show:Show metadata and content' \
'delete:Delete one' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'mothership nacls help commands' commands "$@"
}
(( $+functions[_mothership__subcmd__nacls__subcmd__help__subcmd__delete_commands] )) ||
_mothership__subcmd__nacls__subcmd__help__subcmd__delete_commands() {
    local commands; commands=()
    _describe -t commands 'mothership nacls help delete commands' commands "$@"
}
(( $+functions[_mothership__subcmd__nacls__subcmd__help__subcmd__help_commands] )) ||
_mothership__subcmd__nacls__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'mothership nacls help help commands' commands "$@"
}
(( $+functions[_mothership__subcmd__nacls__subcmd__help__subcmd__list_commands] )) ||
_mothership__subcmd__nacls__subcmd__help__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'mothership nacls help list commands' commands "$@"
}
(( $+functions[_mothership__subcmd__nacls__subcmd__help__subcmd__pull_commands] )) ||
_mothership__subcmd__nacls__subcmd__help__subcmd__pull_commands() {
    local commands; commands=()
    _describe -t commands 'mothership nacls help pull commands' commands "$@"
}
(( $+functions[_mothership__subcmd__nacls__subcmd__help__subcmd__push_commands] )) ||
_mothership__subcmd__nacls__subcmd__help__subcmd__push_commands() {
    local commands; commands=()
    _describe -t commands 'mothership nacls help push commands' commands "$@"
}
(( $+functions[_mothership__subcmd__nacls__subcmd__help__subcmd__show_commands] )) ||
_mothership__subcmd__nacls__subcmd__help__subcmd__show_commands() {
    local commands; commands=()
    _describe -t commands 'mothership nacls help show commands' commands "$@"
}
(( $+functions[_mothership__subcmd__nacls__subcmd__list_commands] )) ||
_mothership__subcmd__nacls__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'mothership nacls list commands' commands "$@"
}
(( $+functions[_mothership__subcmd__nacls__subcmd__pull_commands] )) ||
_mothership__subcmd__nacls__subcmd__pull_commands() {
    local commands; commands=()
    _describe -t commands 'mothership nacls pull commands' commands "$@"
}
(( $+functions[_mothership__subcmd__nacls__subcmd__push_commands] )) ||
_mothership__subcmd__nacls__subcmd__push_commands() {
    local commands; commands=()
    _describe -t commands 'mothership nacls push commands' commands "$@"
}
(( $+functions[_mothership__subcmd__nacls__subcmd__show_commands] )) ||
_mothership__subcmd__nacls__subcmd__show_commands() {
    local commands; commands=()
    _describe -t commands 'mothership nacls show commands' commands "$@"
}
(( $+functions[_mothership__subcmd__pull-image_commands] )) ||
_mothership__subcmd__pull-image_commands() {
    local commands; commands=()
    _describe -t commands 'mothership pull-image commands' commands "$@"
}
(( $+functions[_mothership__subcmd__pull-nacl_commands] )) ||
_mothership__subcmd__pull-nacl_commands() {
    local commands; commands=()
    _describe -t commands 'mothership pull-nacl commands' commands "$@"
}
(( $+functions[_mothership__subcmd__push-image_commands] )) ||
_mothership__subcmd__push-image_commands() {
    local commands; commands=()
    _describe -t commands 'mothership push-image commands' commands "$@"
}
(( $+functions[_mothership__subcmd__push-nacl_commands] )) ||
_mothership__subcmd__push-nacl_commands() {
    local commands; commands=()
    _describe -t commands 'mothership push-nacl commands' commands "$@"
}
(( $+functions[_mothership__subcmd__rollout_commands] )) ||
_mothership__subcmd__rollout_commands() {
    local commands; commands=(
'start:Roll an image out to the instances a selector picks, in waves' \
'list:List rollouts (newest first)' \
'ls:List rollouts (newest first)' \
'show:Show a rollout\: its waves and every instance'\''s outcome' \
'pause:Pause a running rollout\: nothing new starts, updates under way finish' \
'resume:Resume a paused rollout' \
'cancel:Cancel a rollout (emergency stop)\: nothing new starts, queued instances are skipped' \
'rollback:Roll a rollout back\: every instance it updated (or failed) gets its previous image' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'mothership rollout commands' commands "$@"
}
(( $+functions[_mothership__subcmd__rollout__subcmd__cancel_commands] )) ||
_mothership__subcmd__rollout__subcmd__cancel_commands() {
    local commands; commands=()
    _describe -t commands 'mothership rollout cancel commands' commands "$@"
}
(( $+functions[_mothership__subcmd__rollout__subcmd__help_commands] )) ||
_mothership__subcmd__rollout__subcmd__help_commands() {
    local commands; commands=(
'start:Roll an image out to the instances a selector picks, in waves' \
'list:List rollouts (newest first)' \
'show:Show a rollout\: its waves and every instance'\''s outcome' \
'pause:Pause a running rollout\: nothing new starts, updates under way finish' \
'resume:Resume a paused rollout' \
'cancel:Cancel a rollout (emergency stop)\: nothing new starts, queued instances are skipped' \
'rollback:Roll a rollout back\: every instance it updated (or failed) gets its previous image' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'mothership rollout help commands' commands "$@"
}
(( $+functions[_mothership__subcmd__rollout__subcmd__help__subcmd__cancel_commands] )) ||
_mothership__subcmd__rollout__subcmd__help__subcmd__cancel_commands() {
    local commands; commands=()
    _describe -t commands 'mothership rollout help cancel commands' commands "$@"
}
(( $+functions[_mothership__subcmd__rollout__subcmd__help__subcmd__help_commands] )) ||
_mothership__subcmd__rollout__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'mothership rollout help help commands' commands "$@"
}
(( $+functions[_mothership__subcmd__rollout__subcmd__help__subcmd__list_commands] )) ||
_mothership__subcmd__rollout__subcmd__help__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'mothership rollout help list commands' commands "$@"
}
(( $+functions[_mothership__subcmd__rollout__subcmd__help__subcmd__pause_commands] )) ||
_mothership__subcmd__rollout__subcmd__help__subcmd__pause_commands() {
    local commands; commands=()
    _describe -t commands 'mothership rollout help pause commands' commands "$@"
}
(( $+functions[_mothership__subcmd__rollout__subcmd__help__subcmd__resume_commands] )) ||
_mothership__subcmd__rollout__subcmd__help__subcmd__resume_commands() {
    local commands; commands=()
    _describe -t commands 'mothership rollout help resume commands' commands "$@"
}
(( $+functions[_mothership__subcmd__rollout__subcmd__help__subcmd__rollback_commands] )) ||
_mothership__subcmd__rollout__subcmd__help__subcmd__rollback_commands() {
    local commands; commands=()
    _describe -t commands 'mothership rollout help rollback commands' commands "$@"
}
(( $+functions[_mothership__subcmd__rollout__subcmd__help__subcmd__show_commands] )) ||
_mothership__subcmd__rollout__subcmd__help__subcmd__show_commands() {
    local commands; commands=()
    _describe -t commands 'mothership rollout help show commands' commands "$@"
}
(( $+functions[_mothership__subcmd__rollout__subcmd__help__subcmd__start_commands] )) ||
_mothership__subcmd__rollout__subcmd__help__subcmd__start_commands() {
    local commands; commands=()
    _describe -t commands 'mothership rollout help start commands' commands "$@"
}
(( $+functions[_mothership__subcmd__rollout__subcmd__list_commands] )) ||
_mothership__subcmd__rollout__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'mothership rollout list commands' commands "$@"
}
(( $+functions[_mothership__subcmd__rollout__subcmd__pause_commands] )) ||
_mothership__subcmd__rollout__subcmd__pause_commands() {
    local commands; commands=()
    _describe -t commands 'mothership rollout pause commands' commands "$@"
}
(( $+functions[_mothership__subcmd__rollout__subcmd__resume_commands] )) ||
_mothership__subcmd__rollout__subcmd__resume_commands() {
    local commands; commands=()
    _describe -t commands 'mothership rollout resume commands' commands "$@"
}
(( $+functions[_mothership__subcmd__rollout__subcmd__rollback_commands] )) ||
_mothership__subcmd__rollout__subcmd__rollback_commands() {
    local commands; commands=()
    _describe -t commands 'mothership rollout rollback commands' commands "$@"
}
(( $+functions[_mothership__subcmd__rollout__subcmd__show_commands] )) ||
_mothership__subcmd__rollout__subcmd__show_commands() {
    local commands; commands=()
    _describe -t commands 'mothership rollout show commands' commands "$@"
}
(( $+functions[_mothership__subcmd__rollout__subcmd__start_commands] )) ||
_mothership__subcmd__rollout__subcmd__start_commands() {
    local commands; commands=()
    _describe -t commands 'mothership rollout start commands' commands "$@"
}
(( $+functions[_mothership__subcmd__serve_commands] )) ||
_mothership__subcmd__serve_commands() {
    local commands; commands=()
    _describe -t commands 'mothership serve commands' commands "$@"
}
(( $+functions[_mothership__subcmd__services_commands] )) ||
_mothership__subcmd__services_commands() {
    local commands; commands=(
'push:Store a service\: tars DIR (skipping \`build\` directories and \`.git\`) and sends it; the name is --name, else the CMakeLists.txt'\''s project(...), else its BINARY' \
'list:List the services\: bundled by builders and stored' \
'inspect:Show one service' \
'pull:Download a stored service'\''s sources as a tar' \
'delete:Delete a stored service' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'mothership services commands' commands "$@"
}
(( $+functions[_mothership__subcmd__services__subcmd__delete_commands] )) ||
_mothership__subcmd__services__subcmd__delete_commands() {
    local commands; commands=()
    _describe -t commands 'mothership services delete commands' commands "$@"
}
(( $+functions[_mothership__subcmd__services__subcmd__help_commands] )) ||
_mothership__subcmd__services__subcmd__help_commands() {
    local commands; commands=(
'push:Store a service\: tars DIR (skipping \`build\` directories and \`.git\`) and sends it; the name is --name, else the CMakeLists.txt'\''s project(...), else its BINARY' \
'list:List the services\: bundled by builders and stored' \
'inspect:Show one service' \
'pull:Download a stored service'\''s sources as a tar' \
'delete:Delete a stored service' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'mothership services help commands' commands "$@"
}
(( $+functions[_mothership__subcmd__services__subcmd__help__subcmd__delete_commands] )) ||
_mothership__subcmd__services__subcmd__help__subcmd__delete_commands() {
    local commands; commands=()
    _describe -t commands 'mothership services help delete commands' commands "$@"
}
(( $+functions[_mothership__subcmd__services__subcmd__help__subcmd__help_commands] )) ||
_mothership__subcmd__services__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'mothership services help help commands' commands "$@"
}
(( $+functions[_mothership__subcmd__services__subcmd__help__subcmd__inspect_commands] )) ||
_mothership__subcmd__services__subcmd__help__subcmd__inspect_commands() {
    local commands; commands=()
    _describe -t commands 'mothership services help inspect commands' commands "$@"
}
(( $+functions[_mothership__subcmd__services__subcmd__help__subcmd__list_commands] )) ||
_mothership__subcmd__services__subcmd__help__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'mothership services help list commands' commands "$@"
}
(( $+functions[_mothership__subcmd__services__subcmd__help__subcmd__pull_commands] )) ||
_mothership__subcmd__services__subcmd__help__subcmd__pull_commands() {
    local commands; commands=()
    _describe -t commands 'mothership services help pull commands' commands "$@"
}
(( $+functions[_mothership__subcmd__services__subcmd__help__subcmd__push_commands] )) ||
_mothership__subcmd__services__subcmd__help__subcmd__push_commands() {
    local commands; commands=()
    _describe -t commands 'mothership services help push commands' commands "$@"
}
(( $+functions[_mothership__subcmd__services__subcmd__inspect_commands] )) ||
_mothership__subcmd__services__subcmd__inspect_commands() {
    local commands; commands=()
    _describe -t commands 'mothership services inspect commands' commands "$@"
}
(( $+functions[_mothership__subcmd__services__subcmd__list_commands] )) ||
_mothership__subcmd__services__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'mothership services list commands' commands "$@"
}
(( $+functions[_mothership__subcmd__services__subcmd__pull_commands] )) ||
_mothership__subcmd__services__subcmd__pull_commands() {
    local commands; commands=()
    _describe -t commands 'mothership services pull commands' commands "$@"
}
(( $+functions[_mothership__subcmd__services__subcmd__push_commands] )) ||
_mothership__subcmd__services__subcmd__push_commands() {
    local commands; commands=()
    _describe -t commands 'mothership services push commands' commands "$@"
}
(( $+functions[_mothership__subcmd__snippets_commands] )) ||
_mothership__subcmd__snippets_commands() {
    local commands; commands=(
'list:List names, sizes and dates (not the content)' \
'ls:List names, sizes and dates (not the content)' \
'push:Upload a file, named after the file unless --name is given' \
'pull:Download the content to a file (\`-O -\` for standard output)' \
'show:Show metadata and content' \
'delete:Delete one' \
'rm:Delete one' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'mothership snippets commands' commands "$@"
}
(( $+functions[_mothership__subcmd__snippets__subcmd__delete_commands] )) ||
_mothership__subcmd__snippets__subcmd__delete_commands() {
    local commands; commands=()
    _describe -t commands 'mothership snippets delete commands' commands "$@"
}
(( $+functions[_mothership__subcmd__snippets__subcmd__help_commands] )) ||
_mothership__subcmd__snippets__subcmd__help_commands() {
    local commands; commands=(
'list:List names, sizes and dates (not the content)' \
'push:Upload a file, named after the file unless --name is given' \
'pull:Download the content to a file (\`-O -\` for standard output)' \
'show:Show metadata and content' \
'delete:Delete one' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'mothership snippets help commands' commands "$@"
}
(( $+functions[_mothership__subcmd__snippets__subcmd__help__subcmd__delete_commands] )) ||
_mothership__subcmd__snippets__subcmd__help__subcmd__delete_commands() {
    local commands; commands=()
    _describe -t commands 'mothership snippets help delete commands' commands "$@"
}
(( $+functions[_mothership__subcmd__snippets__subcmd__help__subcmd__help_commands] )) ||
_mothership__subcmd__snippets__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'mothership snippets help help commands' commands "$@"
}
(( $+functions[_mothership__subcmd__snippets__subcmd__help__subcmd__list_commands] )) ||
_mothership__subcmd__snippets__subcmd__help__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'mothership snippets help list commands' commands "$@"
}
(( $+functions[_mothership__subcmd__snippets__subcmd__help__subcmd__pull_commands] )) ||
_mothership__subcmd__snippets__subcmd__help__subcmd__pull_commands() {
    local commands; commands=()
    _describe -t commands 'mothership snippets help pull commands' commands "$@"
}
(( $+functions[_mothership__subcmd__snippets__subcmd__help__subcmd__push_commands] )) ||
_mothership__subcmd__snippets__subcmd__help__subcmd__push_commands() {
    local commands; commands=()
    _describe -t commands 'mothership snippets help push commands' commands "$@"
}
(( $+functions[_mothership__subcmd__snippets__subcmd__help__subcmd__show_commands] )) ||
_mothership__subcmd__snippets__subcmd__help__subcmd__show_commands() {
    local commands; commands=()
    _describe -t commands 'mothership snippets help show commands' commands "$@"
}
(( $+functions[_mothership__subcmd__snippets__subcmd__list_commands] )) ||
_mothership__subcmd__snippets__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'mothership snippets list commands' commands "$@"
}
(( $+functions[_mothership__subcmd__snippets__subcmd__pull_commands] )) ||
_mothership__subcmd__snippets__subcmd__pull_commands() {
    local commands; commands=()
    _describe -t commands 'mothership snippets pull commands' commands "$@"
}
(( $+functions[_mothership__subcmd__snippets__subcmd__push_commands] )) ||
_mothership__subcmd__snippets__subcmd__push_commands() {
    local commands; commands=()
    _describe -t commands 'mothership snippets push commands' commands "$@"
}
(( $+functions[_mothership__subcmd__snippets__subcmd__show_commands] )) ||
_mothership__subcmd__snippets__subcmd__show_commands() {
    local commands; commands=()
    _describe -t commands 'mothership snippets show commands' commands "$@"
}
(( $+functions[_mothership__subcmd__upgrade_commands] )) ||
_mothership__subcmd__upgrade_commands() {
    local commands; commands=()
    _describe -t commands 'mothership upgrade commands' commands "$@"
}
(( $+functions[_mothership__subcmd__upgrades_commands] )) ||
_mothership__subcmd__upgrades_commands() {
    local commands; commands=(
'list:List upgrades (newest first)' \
'ls:List upgrades (newest first)' \
'show:Show an upgrade with its build and deploy' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'mothership upgrades commands' commands "$@"
}
(( $+functions[_mothership__subcmd__upgrades__subcmd__help_commands] )) ||
_mothership__subcmd__upgrades__subcmd__help_commands() {
    local commands; commands=(
'list:List upgrades (newest first)' \
'show:Show an upgrade with its build and deploy' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'mothership upgrades help commands' commands "$@"
}
(( $+functions[_mothership__subcmd__upgrades__subcmd__help__subcmd__help_commands] )) ||
_mothership__subcmd__upgrades__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'mothership upgrades help help commands' commands "$@"
}
(( $+functions[_mothership__subcmd__upgrades__subcmd__help__subcmd__list_commands] )) ||
_mothership__subcmd__upgrades__subcmd__help__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'mothership upgrades help list commands' commands "$@"
}
(( $+functions[_mothership__subcmd__upgrades__subcmd__help__subcmd__show_commands] )) ||
_mothership__subcmd__upgrades__subcmd__help__subcmd__show_commands() {
    local commands; commands=()
    _describe -t commands 'mothership upgrades help show commands' commands "$@"
}
(( $+functions[_mothership__subcmd__upgrades__subcmd__list_commands] )) ||
_mothership__subcmd__upgrades__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'mothership upgrades list commands' commands "$@"
}
(( $+functions[_mothership__subcmd__upgrades__subcmd__show_commands] )) ||
_mothership__subcmd__upgrades__subcmd__show_commands() {
    local commands; commands=()
    _describe -t commands 'mothership upgrades show commands' commands "$@"
}
(( $+functions[_mothership__subcmd__uplinks_commands] )) ||
_mothership__subcmd__uplinks_commands() {
    local commands; commands=(
'list:List uplinks' \
'ls:List uplinks' \
'create:Create an uplink (a token is generated unless given)' \
'show:Show an uplink; --token shows its token too' \
'update:Change an uplink; --clear unsets optional keys' \
'delete:Delete an uplink' \
'rm:Delete an uplink' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'mothership uplinks commands' commands "$@"
}
(( $+functions[_mothership__subcmd__uplinks__subcmd__create_commands] )) ||
_mothership__subcmd__uplinks__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'mothership uplinks create commands' commands "$@"
}
(( $+functions[_mothership__subcmd__uplinks__subcmd__delete_commands] )) ||
_mothership__subcmd__uplinks__subcmd__delete_commands() {
    local commands; commands=()
    _describe -t commands 'mothership uplinks delete commands' commands "$@"
}
(( $+functions[_mothership__subcmd__uplinks__subcmd__help_commands] )) ||
_mothership__subcmd__uplinks__subcmd__help_commands() {
    local commands; commands=(
'list:List uplinks' \
'create:Create an uplink (a token is generated unless given)' \
'show:Show an uplink; --token shows its token too' \
'update:Change an uplink; --clear unsets optional keys' \
'delete:Delete an uplink' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'mothership uplinks help commands' commands "$@"
}
(( $+functions[_mothership__subcmd__uplinks__subcmd__help__subcmd__create_commands] )) ||
_mothership__subcmd__uplinks__subcmd__help__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'mothership uplinks help create commands' commands "$@"
}
(( $+functions[_mothership__subcmd__uplinks__subcmd__help__subcmd__delete_commands] )) ||
_mothership__subcmd__uplinks__subcmd__help__subcmd__delete_commands() {
    local commands; commands=()
    _describe -t commands 'mothership uplinks help delete commands' commands "$@"
}
(( $+functions[_mothership__subcmd__uplinks__subcmd__help__subcmd__help_commands] )) ||
_mothership__subcmd__uplinks__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'mothership uplinks help help commands' commands "$@"
}
(( $+functions[_mothership__subcmd__uplinks__subcmd__help__subcmd__list_commands] )) ||
_mothership__subcmd__uplinks__subcmd__help__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'mothership uplinks help list commands' commands "$@"
}
(( $+functions[_mothership__subcmd__uplinks__subcmd__help__subcmd__show_commands] )) ||
_mothership__subcmd__uplinks__subcmd__help__subcmd__show_commands() {
    local commands; commands=()
    _describe -t commands 'mothership uplinks help show commands' commands "$@"
}
(( $+functions[_mothership__subcmd__uplinks__subcmd__help__subcmd__update_commands] )) ||
_mothership__subcmd__uplinks__subcmd__help__subcmd__update_commands() {
    local commands; commands=()
    _describe -t commands 'mothership uplinks help update commands' commands "$@"
}
(( $+functions[_mothership__subcmd__uplinks__subcmd__list_commands] )) ||
_mothership__subcmd__uplinks__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'mothership uplinks list commands' commands "$@"
}
(( $+functions[_mothership__subcmd__uplinks__subcmd__show_commands] )) ||
_mothership__subcmd__uplinks__subcmd__show_commands() {
    local commands; commands=()
    _describe -t commands 'mothership uplinks show commands' commands "$@"
}
(( $+functions[_mothership__subcmd__uplinks__subcmd__update_commands] )) ||
_mothership__subcmd__uplinks__subcmd__update_commands() {
    local commands; commands=()
    _describe -t commands 'mothership uplinks update commands' commands "$@"
}
(( $+functions[_mothership__subcmd__validate_commands] )) ||
_mothership__subcmd__validate_commands() {
    local commands; commands=()
    _describe -t commands 'mothership validate commands' commands "$@"
}
(( $+functions[_mothership__subcmd__webhooks_commands] )) ||
_mothership__subcmd__webhooks_commands() {
    local commands; commands=(
'add:Register a URL to POST events to; prints the secret deliveries are signed with, once' \
'list:List webhooks and how their deliveries go' \
'ls:List webhooks and how their deliveries go' \
'show:Show a webhook and its last delivery' \
'delete:Delete a webhook (what is queued for it is dropped)' \
'rm:Delete a webhook (what is queued for it is dropped)' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'mothership webhooks commands' commands "$@"
}
(( $+functions[_mothership__subcmd__webhooks__subcmd__add_commands] )) ||
_mothership__subcmd__webhooks__subcmd__add_commands() {
    local commands; commands=()
    _describe -t commands 'mothership webhooks add commands' commands "$@"
}
(( $+functions[_mothership__subcmd__webhooks__subcmd__delete_commands] )) ||
_mothership__subcmd__webhooks__subcmd__delete_commands() {
    local commands; commands=()
    _describe -t commands 'mothership webhooks delete commands' commands "$@"
}
(( $+functions[_mothership__subcmd__webhooks__subcmd__help_commands] )) ||
_mothership__subcmd__webhooks__subcmd__help_commands() {
    local commands; commands=(
'add:Register a URL to POST events to; prints the secret deliveries are signed with, once' \
'list:List webhooks and how their deliveries go' \
'show:Show a webhook and its last delivery' \
'delete:Delete a webhook (what is queued for it is dropped)' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'mothership webhooks help commands' commands "$@"
}
(( $+functions[_mothership__subcmd__webhooks__subcmd__help__subcmd__add_commands] )) ||
_mothership__subcmd__webhooks__subcmd__help__subcmd__add_commands() {
    local commands; commands=()
    _describe -t commands 'mothership webhooks help add commands' commands "$@"
}
(( $+functions[_mothership__subcmd__webhooks__subcmd__help__subcmd__delete_commands] )) ||
_mothership__subcmd__webhooks__subcmd__help__subcmd__delete_commands() {
    local commands; commands=()
    _describe -t commands 'mothership webhooks help delete commands' commands "$@"
}
(( $+functions[_mothership__subcmd__webhooks__subcmd__help__subcmd__help_commands] )) ||
_mothership__subcmd__webhooks__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'mothership webhooks help help commands' commands "$@"
}
(( $+functions[_mothership__subcmd__webhooks__subcmd__help__subcmd__list_commands] )) ||
_mothership__subcmd__webhooks__subcmd__help__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'mothership webhooks help list commands' commands "$@"
}
(( $+functions[_mothership__subcmd__webhooks__subcmd__help__subcmd__show_commands] )) ||
_mothership__subcmd__webhooks__subcmd__help__subcmd__show_commands() {
    local commands; commands=()
    _describe -t commands 'mothership webhooks help show commands' commands "$@"
}
(( $+functions[_mothership__subcmd__webhooks__subcmd__list_commands] )) ||
_mothership__subcmd__webhooks__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'mothership webhooks list commands' commands "$@"
}
(( $+functions[_mothership__subcmd__webhooks__subcmd__show_commands] )) ||
_mothership__subcmd__webhooks__subcmd__show_commands() {
    local commands; commands=()
    _describe -t commands 'mothership webhooks show commands' commands "$@"
}

if [ "$funcstack[1]" = "_mothership" ]; then
    _mothership "$@"
else
    compdef _mothership mothership
fi

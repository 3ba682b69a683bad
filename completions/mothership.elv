
use builtin;
use str;

set edit:completion:arg-completer[mothership] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'mothership'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'mothership'= {
            cand --host 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]'
            cand --username 'User name for basic auth'
            cand --password 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)'
            cand --cacert 'PEM file with the CA certificate (or the server''s own) to trust'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --insecure 'Do not verify the server''s TLS certificate (unsafe; `mothership init` pins it instead)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand serve 'Run the Mothership server (API on :8080, uplink hangar on :9090)'
            cand init 'Point this client at a server: asks for host and credentials, pins its certificate'
            cand info 'Show the server''s name, version and uptime'
            cand instances 'Instances docked to this Mothership (or known from before): list, inspect, logs, panics, stats, alias, describe, delete'
            cand instance 'Instances docked to this Mothership (or known from before): list, inspect, logs, panics, stats, alias, describe, delete'
            cand inspect-instance 'Same as `instances inspect` (original Mothership spelling)'
            cand deploy 'Live-update running instances with an image: one instance, or many with --all, --tag, --status or --search'
            cand deploys 'Deploy records: list, show (with the state of each instance)'
            cand htpasswd 'Users of an htpasswd file (bcrypt, as Apache''s `htpasswd -B` writes it): add, delete, list, verify'
            cand images 'Images: list, push, pull, inspect, delete'
            cand nacls 'NaCls (IncludeOS configurations): list, push, pull, show, delete'
            cand snippets 'Snippets (reusable NaCl pieces): list, push, pull, show, delete'
            cand uplinks 'Uplinks (where built images dock): list, create, show, update, delete'
            cand push-image 'Same as `images push` (original Mothership spelling)'
            cand pull-image 'Same as `images pull` (original Mothership spelling)'
            cand push-nacl 'Same as `nacls push` (original Mothership spelling)'
            cand pull-nacl 'Same as `nacls pull` (original Mothership spelling)'
            cand bobproviders 'Bob providers, where builders come from (DockerHub, Local): list, update'
            cand bobs 'Bobs, the builders a provider offers: list, prepare (pull one to make it a builder)'
            cand builders 'Builders on the Docker engine: list, inspect, delete'
            cand services 'Your own services (a directory with CMakeLists.txt and its sources): push, list, inspect, pull, delete; build one with `mothership build NAME --builder ID`'
            cand build 'Build an image of a service with a builder; streams the log, prints the image ID last'
            cand validate 'Check a NaCl file (here, no server needed) or a stored NaCl, or validate it with a builder (errors as NAME:LINE:COL: message; exit 1 if invalid)'
            cand nacl 'NaCl tools that need no server: fmt (lay a NaCl file out canonically)'
            cand upgrade 'Build an image for an instance (its uplink, its NaCl or one given, the newest fitting builder) and deploy it there; follows the build log and the deploy'
            cand upgrades 'Upgrade records: list, show (with the build and the deploy)'
            cand rollout 'Roll an image out to a group of instances in waves that pause by themselves on failures: start, list, show (--follow), pause, resume, cancel, rollback'
            cand events 'What happened on this Mothership (instances docking, deploys, builds, logins...); --follow keeps printing as it happens'
            cand webhooks 'Webhooks, URLs events are POSTed to (signed): add, list, show, delete'
            cand audit 'The audit log: every state-changing API request, who made it and from where'
            cand completions 'Print a shell completion script'
            cand man 'Write man pages, one per subcommand, into a directory'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mothership;serve'= {
            cand --name 'Name this Mothership reports [default: mothership]'
            cand --certfile 'TLS certificate (PEM) for the API and the uplink [default: <config-dir>/cert.pem]'
            cand --keyfile 'TLS private key (PEM) [default: <config-dir>/key.pem]'
            cand --uplinkcertfile 'TLS certificate (PEM) the uplink port presents; RSA while --uplinktls is compatible [default: the --certfile]'
            cand --uplinkkeyfile 'Private key (PEM) of --uplinkcertfile [default: the --keyfile]'
            cand --uplinktls 'TLS of the uplink port: `compatible` adds the legacy suite real IncludeOS instances need (TLS_RSA_WITH_AES_256_CBC_SHA, no forward secrecy), `modern` refuses it [default: compatible]'
            cand --clean 'Empty the runtime directory (images, instances, builds) before starting'
            cand --serverauth 'API authentication [default: basic]'
            cand --metricsauth 'Authentication of GET /metrics (Prometheus): `basic` like the API, or `none` for a scraper that cannot log in [default: basic]'
            cand --metricsreporter 'Also report the server''s figures and every instance''s STATS to InfluxDB (`influxdb`), batched; while it is unreachable points wait in a bounded buffer, the oldest dropped first [default: none]'
            cand --influxdb-url 'InfluxDB (1.x HTTP API) to report to [default: http://localhost:8086]'
            cand --influxdb-database 'InfluxDB database the points go to; it must exist [default: mothership]'
            cand --influxdb-username 'InfluxDB user (basic auth) [default: none]'
            cand --influxdb-password 'Password of --influxdb-username; better given as INFLUXDB_PASSWORD or in the config file than on the command line, where other users see it [default: none]'
            cand --serverport 'Port of the HTTPS API [default: 8080]'
            cand --uplinkport 'Port of the uplink hangar that instances dock to [default: 9090]'
            cand --noservertls 'Serve the API over plain HTTP'
            cand --nouplinktls 'Serve the uplink over plain HTTP/WS'
            cand --verboselogging 'Log every request and debug details'
            cand --dockeroptions 'docker-run style options for build containers, e.g. "--privileged --memory 2g"'
            cand --dockerhost 'Docker engine for builders: unix:///path or tcp://host:port [default: DOCKER_HOST, else unix:///var/run/docker.sock]'
            cand --dockerhuburl 'Registry of the DockerHub bob provider [default: https://registry-1.docker.io]'
            cand --dockerhubrepo 'Repository of the DockerHub bob provider [default: includeos/builder]'
            cand --buildtimeout 'Seconds a build may take before it is stopped [default: 1800]'
            cand --maxbuilds 'Builds running at once; more wait in a queue [default: 2]'
            cand --config 'Config file [default: <config-dir>/config.yaml, if it exists]'
            cand --config-dir 'Directory of config.yaml, .htpasswd, cert.pem and key.pem [default: config_files]'
            cand --runtime-dir 'Directory of the state that survives restarts [default: runtime_files]'
            cand --bind 'Address to listen on [default: 0.0.0.0]'
            cand --htpasswd 'htpasswd file of the API users [default: <config-dir>/.htpasswd]'
            cand --loginfailurelimit 'Failed logins one client address may make per minute (in a burst of as many) before it is answered 429 until its budget refills [default: 10]'
            cand --loginqueue 'Password checks that may wait in each of the three lanes (addresses that logged in before, new ones, ones that failed lately); one more is answered 503 at once [default: 32]'
            cand --sessionlifetime 'How long a web interface login lasts, e.g. 12h, 90m [default: 12h]'
            cand --sessionlimit 'Web interface logins kept at once; a login past it ends the one closest to its expiry [default: 10000]'
            cand --connectionsperaddress 'API connections served at once from one client address (an IPv6 /64); more are closed when accepted [default: 256]'
            cand --imagesizelimit 'Largest image upload accepted, e.g. 268435456 or 512MiB [default: 256MiB]'
            cand --uplinktoken 'Uplink token instances may authenticate with, at least 16 characters (repeat for several; the environment variable takes a comma-separated list)'
            cand --instancelogsize 'Log kept per instance, in MiB (the newest is kept) [default: 10]'
            cand --deploytimeout 'Time a deployed instance has to ack the image and dock again running it, e.g. 60, 90s, 2m [default: 60s]'
            cand --bodytimeout 'A request body (an image upload, say) that sends nothing for this long is dropped with a 408, e.g. 30, 90s, 2m [default: 30s]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mothership;init'= {
            cand --fingerprint 'Expected SHA-256 fingerprint of the server certificate (hex, colons optional): pin it without asking'
            cand --host 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]'
            cand --username 'User name for basic auth'
            cand --password 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)'
            cand --cacert 'PEM file with the CA certificate (or the server''s own) to trust'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --password-stdin 'Read the password from standard input instead of prompting'
            cand -y 'Accept the server certificate without asking (prints the fingerprint it pinned)'
            cand --yes 'Accept the server certificate without asking (prints the fingerprint it pinned)'
            cand --insecure 'Do not verify the server''s TLS certificate (unsafe; `mothership init` pins it instead)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mothership;info'= {
            cand --host 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]'
            cand --username 'User name for basic auth'
            cand --password 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)'
            cand --cacert 'PEM file with the CA certificate (or the server''s own) to trust'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --insecure 'Do not verify the server''s TLS certificate (unsafe; `mothership init` pins it instead)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mothership;instances'= {
            cand -s 'Only instances whose ID, alias, description, IPs, image, tag or devices contain this'
            cand --search 'Only instances whose ID, alias, description, IPs, image, tag or devices contain this'
            cand --status 'Only instances with this status'
            cand --desired 'Only instances in this desired state (see `instances desired show`)'
            cand --limit 'At most this many instances'
            cand --sort 'Sort key: first_seen, last_seen, connected_since, alias, status, id, tag, version (prefix - to reverse)'
            cand --host 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]'
            cand --username 'User name for basic auth'
            cand --password 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)'
            cand --cacert 'PEM file with the CA certificate (or the server''s own) to trust'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --insecure 'Do not verify the server''s TLS certificate (unsafe; `mothership init` pins it instead)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand inspect 'Show everything known about an instance'
            cand logs 'Print an instance''s log'
            cand panics 'Print the panics an instance reported'
            cand stats 'Print an instance''s stats (fresh from the instance when it is docked)'
            cand alias 'Give an instance an alias (usable as its ID); an empty NAME removes it'
            cand describe 'Set an instance''s description; an empty TEXT removes it'
            cand auto-redeploy 'Turn "automatically redeploy last image" on or off: when the instance docks running another binary than the image last deployed to it, that image is deployed again'
            cand desired 'The image instances should run (desired state): Mothership keeps them converging on it'
            cand delete 'Forget instances (with their logs, panics and stats)'
            cand rm 'Forget instances (with their logs, panics and stats)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mothership;instance'= {
            cand -s 'Only instances whose ID, alias, description, IPs, image, tag or devices contain this'
            cand --search 'Only instances whose ID, alias, description, IPs, image, tag or devices contain this'
            cand --status 'Only instances with this status'
            cand --desired 'Only instances in this desired state (see `instances desired show`)'
            cand --limit 'At most this many instances'
            cand --sort 'Sort key: first_seen, last_seen, connected_since, alias, status, id, tag, version (prefix - to reverse)'
            cand --host 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]'
            cand --username 'User name for basic auth'
            cand --password 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)'
            cand --cacert 'PEM file with the CA certificate (or the server''s own) to trust'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --insecure 'Do not verify the server''s TLS certificate (unsafe; `mothership init` pins it instead)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand inspect 'Show everything known about an instance'
            cand logs 'Print an instance''s log'
            cand panics 'Print the panics an instance reported'
            cand stats 'Print an instance''s stats (fresh from the instance when it is docked)'
            cand alias 'Give an instance an alias (usable as its ID); an empty NAME removes it'
            cand describe 'Set an instance''s description; an empty TEXT removes it'
            cand auto-redeploy 'Turn "automatically redeploy last image" on or off: when the instance docks running another binary than the image last deployed to it, that image is deployed again'
            cand desired 'The image instances should run (desired state): Mothership keeps them converging on it'
            cand delete 'Forget instances (with their logs, panics and stats)'
            cand rm 'Forget instances (with their logs, panics and stats)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mothership;instances;inspect'= {
            cand --host 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]'
            cand --username 'User name for basic auth'
            cand --password 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)'
            cand --cacert 'PEM file with the CA certificate (or the server''s own) to trust'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --insecure 'Do not verify the server''s TLS certificate (unsafe; `mothership init` pins it instead)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mothership;instance;inspect'= {
            cand --host 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]'
            cand --username 'User name for basic auth'
            cand --password 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)'
            cand --cacert 'PEM file with the CA certificate (or the server''s own) to trust'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --insecure 'Do not verify the server''s TLS certificate (unsafe; `mothership init` pins it instead)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mothership;instances;logs'= {
            cand -n 'Only the last N lines'
            cand --lines 'Only the last N lines'
            cand --host 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]'
            cand --username 'User name for basic auth'
            cand --password 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)'
            cand --cacert 'PEM file with the CA certificate (or the server''s own) to trust'
            cand -o 'Output format'
            cand --output 'Output format'
            cand -f 'Keep printing new log as it arrives'
            cand --follow 'Keep printing new log as it arrives'
            cand --insecure 'Do not verify the server''s TLS certificate (unsafe; `mothership init` pins it instead)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mothership;instance;logs'= {
            cand -n 'Only the last N lines'
            cand --lines 'Only the last N lines'
            cand --host 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]'
            cand --username 'User name for basic auth'
            cand --password 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)'
            cand --cacert 'PEM file with the CA certificate (or the server''s own) to trust'
            cand -o 'Output format'
            cand --output 'Output format'
            cand -f 'Keep printing new log as it arrives'
            cand --follow 'Keep printing new log as it arrives'
            cand --insecure 'Do not verify the server''s TLS certificate (unsafe; `mothership init` pins it instead)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mothership;instances;panics'= {
            cand --host 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]'
            cand --username 'User name for basic auth'
            cand --password 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)'
            cand --cacert 'PEM file with the CA certificate (or the server''s own) to trust'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --insecure 'Do not verify the server''s TLS certificate (unsafe; `mothership init` pins it instead)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mothership;instance;panics'= {
            cand --host 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]'
            cand --username 'User name for basic auth'
            cand --password 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)'
            cand --cacert 'PEM file with the CA certificate (or the server''s own) to trust'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --insecure 'Do not verify the server''s TLS certificate (unsafe; `mothership init` pins it instead)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mothership;instances;stats'= {
            cand --host 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]'
            cand --username 'User name for basic auth'
            cand --password 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)'
            cand --cacert 'PEM file with the CA certificate (or the server''s own) to trust'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --stored 'Show the stored stats without asking the instance'
            cand --insecure 'Do not verify the server''s TLS certificate (unsafe; `mothership init` pins it instead)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mothership;instance;stats'= {
            cand --host 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]'
            cand --username 'User name for basic auth'
            cand --password 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)'
            cand --cacert 'PEM file with the CA certificate (or the server''s own) to trust'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --stored 'Show the stored stats without asking the instance'
            cand --insecure 'Do not verify the server''s TLS certificate (unsafe; `mothership init` pins it instead)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mothership;instances;alias'= {
            cand --host 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]'
            cand --username 'User name for basic auth'
            cand --password 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)'
            cand --cacert 'PEM file with the CA certificate (or the server''s own) to trust'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --insecure 'Do not verify the server''s TLS certificate (unsafe; `mothership init` pins it instead)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mothership;instance;alias'= {
            cand --host 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]'
            cand --username 'User name for basic auth'
            cand --password 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)'
            cand --cacert 'PEM file with the CA certificate (or the server''s own) to trust'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --insecure 'Do not verify the server''s TLS certificate (unsafe; `mothership init` pins it instead)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mothership;instances;describe'= {
            cand --host 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]'
            cand --username 'User name for basic auth'
            cand --password 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)'
            cand --cacert 'PEM file with the CA certificate (or the server''s own) to trust'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --insecure 'Do not verify the server''s TLS certificate (unsafe; `mothership init` pins it instead)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mothership;instance;describe'= {
            cand --host 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]'
            cand --username 'User name for basic auth'
            cand --password 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)'
            cand --cacert 'PEM file with the CA certificate (or the server''s own) to trust'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --insecure 'Do not verify the server''s TLS certificate (unsafe; `mothership init` pins it instead)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mothership;instances;auto-redeploy'= {
            cand --host 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]'
            cand --username 'User name for basic auth'
            cand --password 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)'
            cand --cacert 'PEM file with the CA certificate (or the server''s own) to trust'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --insecure 'Do not verify the server''s TLS certificate (unsafe; `mothership init` pins it instead)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mothership;instance;auto-redeploy'= {
            cand --host 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]'
            cand --username 'User name for basic auth'
            cand --password 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)'
            cand --cacert 'PEM file with the CA certificate (or the server''s own) to trust'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --insecure 'Do not verify the server''s TLS certificate (unsafe; `mothership init` pins it instead)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mothership;instances;desired'= {
            cand --host 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]'
            cand --username 'User name for basic auth'
            cand --password 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)'
            cand --cacert 'PEM file with the CA certificate (or the server''s own) to trust'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --insecure 'Do not verify the server''s TLS certificate (unsafe; `mothership init` pins it instead)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand show 'Show an instance''s desired image and whether it is in sync, updating, failed (why) or not managed'
            cand set 'Give instances a desired image: those running another binary are updated now if connected, and whenever they dock running another, a bounded number of times'
            cand clear 'Remove instances'' desired image (nothing is deployed; they are no longer managed)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mothership;instances;desired;show'= {
            cand --host 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]'
            cand --username 'User name for basic auth'
            cand --password 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)'
            cand --cacert 'PEM file with the CA certificate (or the server''s own) to trust'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --insecure 'Do not verify the server''s TLS certificate (unsafe; `mothership init` pins it instead)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mothership;instances;desired;set'= {
            cand --selector 'Or which instances: tag=T, service=S, version=V (IncludeOS), instances=ID,ID,...; repeat to combine filters (picked now: instances that join later are not managed)'
            cand --host 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]'
            cand --username 'User name for basic auth'
            cand --password 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)'
            cand --cacert 'PEM file with the CA certificate (or the server''s own) to trust'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --insecure 'Do not verify the server''s TLS certificate (unsafe; `mothership init` pins it instead)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mothership;instances;desired;clear'= {
            cand --selector 'Or which instances, as for `set`'
            cand --host 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]'
            cand --username 'User name for basic auth'
            cand --password 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)'
            cand --cacert 'PEM file with the CA certificate (or the server''s own) to trust'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --insecure 'Do not verify the server''s TLS certificate (unsafe; `mothership init` pins it instead)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mothership;instances;desired;help'= {
            cand show 'Show an instance''s desired image and whether it is in sync, updating, failed (why) or not managed'
            cand set 'Give instances a desired image: those running another binary are updated now if connected, and whenever they dock running another, a bounded number of times'
            cand clear 'Remove instances'' desired image (nothing is deployed; they are no longer managed)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mothership;instances;desired;help;show'= {
        }
        &'mothership;instances;desired;help;set'= {
        }
        &'mothership;instances;desired;help;clear'= {
        }
        &'mothership;instances;desired;help;help'= {
        }
        &'mothership;instance;desired'= {
            cand --host 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]'
            cand --username 'User name for basic auth'
            cand --password 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)'
            cand --cacert 'PEM file with the CA certificate (or the server''s own) to trust'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --insecure 'Do not verify the server''s TLS certificate (unsafe; `mothership init` pins it instead)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand show 'Show an instance''s desired image and whether it is in sync, updating, failed (why) or not managed'
            cand set 'Give instances a desired image: those running another binary are updated now if connected, and whenever they dock running another, a bounded number of times'
            cand clear 'Remove instances'' desired image (nothing is deployed; they are no longer managed)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mothership;instance;desired;show'= {
            cand --host 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]'
            cand --username 'User name for basic auth'
            cand --password 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)'
            cand --cacert 'PEM file with the CA certificate (or the server''s own) to trust'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --insecure 'Do not verify the server''s TLS certificate (unsafe; `mothership init` pins it instead)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mothership;instance;desired;set'= {
            cand --selector 'Or which instances: tag=T, service=S, version=V (IncludeOS), instances=ID,ID,...; repeat to combine filters (picked now: instances that join later are not managed)'
            cand --host 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]'
            cand --username 'User name for basic auth'
            cand --password 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)'
            cand --cacert 'PEM file with the CA certificate (or the server''s own) to trust'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --insecure 'Do not verify the server''s TLS certificate (unsafe; `mothership init` pins it instead)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mothership;instance;desired;clear'= {
            cand --selector 'Or which instances, as for `set`'
            cand --host 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]'
            cand --username 'User name for basic auth'
            cand --password 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)'
            cand --cacert 'PEM file with the CA certificate (or the server''s own) to trust'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --insecure 'Do not verify the server''s TLS certificate (unsafe; `mothership init` pins it instead)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mothership;instance;desired;help'= {
            cand show 'Show an instance''s desired image and whether it is in sync, updating, failed (why) or not managed'
            cand set 'Give instances a desired image: those running another binary are updated now if connected, and whenever they dock running another, a bounded number of times'
            cand clear 'Remove instances'' desired image (nothing is deployed; they are no longer managed)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mothership;instance;desired;help;show'= {
        }
        &'mothership;instance;desired;help;set'= {
        }
        &'mothership;instance;desired;help;clear'= {
        }
        &'mothership;instance;desired;help;help'= {
        }
        &'mothership;instances;delete'= {
            cand --host 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]'
            cand --username 'User name for basic auth'
            cand --password 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)'
            cand --cacert 'PEM file with the CA certificate (or the server''s own) to trust'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --force 'Delete connected instances too (they are disconnected and will dock again)'
            cand --insecure 'Do not verify the server''s TLS certificate (unsafe; `mothership init` pins it instead)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mothership;instances;rm'= {
            cand --host 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]'
            cand --username 'User name for basic auth'
            cand --password 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)'
            cand --cacert 'PEM file with the CA certificate (or the server''s own) to trust'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --force 'Delete connected instances too (they are disconnected and will dock again)'
            cand --insecure 'Do not verify the server''s TLS certificate (unsafe; `mothership init` pins it instead)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mothership;instance;delete'= {
            cand --host 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]'
            cand --username 'User name for basic auth'
            cand --password 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)'
            cand --cacert 'PEM file with the CA certificate (or the server''s own) to trust'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --force 'Delete connected instances too (they are disconnected and will dock again)'
            cand --insecure 'Do not verify the server''s TLS certificate (unsafe; `mothership init` pins it instead)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mothership;instance;rm'= {
            cand --host 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]'
            cand --username 'User name for basic auth'
            cand --password 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)'
            cand --cacert 'PEM file with the CA certificate (or the server''s own) to trust'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --force 'Delete connected instances too (they are disconnected and will dock again)'
            cand --insecure 'Do not verify the server''s TLS certificate (unsafe; `mothership init` pins it instead)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mothership;instances;help'= {
            cand inspect 'Show everything known about an instance'
            cand logs 'Print an instance''s log'
            cand panics 'Print the panics an instance reported'
            cand stats 'Print an instance''s stats (fresh from the instance when it is docked)'
            cand alias 'Give an instance an alias (usable as its ID); an empty NAME removes it'
            cand describe 'Set an instance''s description; an empty TEXT removes it'
            cand auto-redeploy 'Turn "automatically redeploy last image" on or off: when the instance docks running another binary than the image last deployed to it, that image is deployed again'
            cand desired 'The image instances should run (desired state): Mothership keeps them converging on it'
            cand delete 'Forget instances (with their logs, panics and stats)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mothership;instances;help;inspect'= {
        }
        &'mothership;instances;help;logs'= {
        }
        &'mothership;instances;help;panics'= {
        }
        &'mothership;instances;help;stats'= {
        }
        &'mothership;instances;help;alias'= {
        }
        &'mothership;instances;help;describe'= {
        }
        &'mothership;instances;help;auto-redeploy'= {
        }
        &'mothership;instances;help;desired'= {
            cand show 'Show an instance''s desired image and whether it is in sync, updating, failed (why) or not managed'
            cand set 'Give instances a desired image: those running another binary are updated now if connected, and whenever they dock running another, a bounded number of times'
            cand clear 'Remove instances'' desired image (nothing is deployed; they are no longer managed)'
        }
        &'mothership;instances;help;desired;show'= {
        }
        &'mothership;instances;help;desired;set'= {
        }
        &'mothership;instances;help;desired;clear'= {
        }
        &'mothership;instances;help;delete'= {
        }
        &'mothership;instances;help;help'= {
        }
        &'mothership;instance;help'= {
            cand inspect 'Show everything known about an instance'
            cand logs 'Print an instance''s log'
            cand panics 'Print the panics an instance reported'
            cand stats 'Print an instance''s stats (fresh from the instance when it is docked)'
            cand alias 'Give an instance an alias (usable as its ID); an empty NAME removes it'
            cand describe 'Set an instance''s description; an empty TEXT removes it'
            cand auto-redeploy 'Turn "automatically redeploy last image" on or off: when the instance docks running another binary than the image last deployed to it, that image is deployed again'
            cand desired 'The image instances should run (desired state): Mothership keeps them converging on it'
            cand delete 'Forget instances (with their logs, panics and stats)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mothership;instance;help;inspect'= {
        }
        &'mothership;instance;help;logs'= {
        }
        &'mothership;instance;help;panics'= {
        }
        &'mothership;instance;help;stats'= {
        }
        &'mothership;instance;help;alias'= {
        }
        &'mothership;instance;help;describe'= {
        }
        &'mothership;instance;help;auto-redeploy'= {
        }
        &'mothership;instance;help;desired'= {
            cand show 'Show an instance''s desired image and whether it is in sync, updating, failed (why) or not managed'
            cand set 'Give instances a desired image: those running another binary are updated now if connected, and whenever they dock running another, a bounded number of times'
            cand clear 'Remove instances'' desired image (nothing is deployed; they are no longer managed)'
        }
        &'mothership;instance;help;desired;show'= {
        }
        &'mothership;instance;help;desired;set'= {
        }
        &'mothership;instance;help;desired;clear'= {
        }
        &'mothership;instance;help;delete'= {
        }
        &'mothership;instance;help;help'= {
        }
        &'mothership;inspect-instance'= {
            cand --host 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]'
            cand --username 'User name for basic auth'
            cand --password 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)'
            cand --cacert 'PEM file with the CA certificate (or the server''s own) to trust'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --insecure 'Do not verify the server''s TLS certificate (unsafe; `mothership init` pins it instead)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mothership;deploy'= {
            cand --tag 'Deploy to the instances reporting this tag'
            cand --status 'Deploy to the instances with this status [default: connected]'
            cand -s 'Deploy to the instances whose ID, alias, description, IPs, image, tag or devices contain this'
            cand --search 'Deploy to the instances whose ID, alias, description, IPs, image, tag or devices contain this'
            cand --concurrency 'Instances updated at the same time (for many instances) [default: 100]'
            cand --host 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]'
            cand --username 'User name for basic auth'
            cand --password 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)'
            cand --cacert 'PEM file with the CA certificate (or the server''s own) to trust'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --all 'Deploy to every connected instance'
            cand -w 'Wait until every instance is verified or failed, showing progress; exit 1 on a failure'
            cand --wait 'Wait until every instance is verified or failed, showing progress; exit 1 on a failure'
            cand --force 'Deploy even where the image was built for another uplink URL or IncludeOS version'
            cand --insecure 'Do not verify the server''s TLS certificate (unsafe; `mothership init` pins it instead)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mothership;deploys'= {
            cand -s 'Only deploys whose ID, image ID or instance UUIDs contain this'
            cand --search 'Only deploys whose ID, image ID or instance UUIDs contain this'
            cand --status 'Only deploys with this status'
            cand --limit 'Show at most this many [default: 100]'
            cand --host 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]'
            cand --username 'User name for basic auth'
            cand --password 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)'
            cand --cacert 'PEM file with the CA certificate (or the server''s own) to trust'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --insecure 'Do not verify the server''s TLS certificate (unsafe; `mothership init` pins it instead)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List deploys (newest first)'
            cand ls 'List deploys (newest first)'
            cand show 'Show a deploy with the state of each instance'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mothership;deploys;list'= {
            cand -s 'Only deploys whose ID, image ID or instance UUIDs contain this'
            cand --search 'Only deploys whose ID, image ID or instance UUIDs contain this'
            cand --status 'Only deploys with this status'
            cand --limit 'Show at most this many [default: 100]'
            cand --host 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]'
            cand --username 'User name for basic auth'
            cand --password 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)'
            cand --cacert 'PEM file with the CA certificate (or the server''s own) to trust'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --insecure 'Do not verify the server''s TLS certificate (unsafe; `mothership init` pins it instead)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mothership;deploys;ls'= {
            cand -s 'Only deploys whose ID, image ID or instance UUIDs contain this'
            cand --search 'Only deploys whose ID, image ID or instance UUIDs contain this'
            cand --status 'Only deploys with this status'
            cand --limit 'Show at most this many [default: 100]'
            cand --host 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]'
            cand --username 'User name for basic auth'
            cand --password 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)'
            cand --cacert 'PEM file with the CA certificate (or the server''s own) to trust'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --insecure 'Do not verify the server''s TLS certificate (unsafe; `mothership init` pins it instead)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mothership;deploys;show'= {
            cand --host 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]'
            cand --username 'User name for basic auth'
            cand --password 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)'
            cand --cacert 'PEM file with the CA certificate (or the server''s own) to trust'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --insecure 'Do not verify the server''s TLS certificate (unsafe; `mothership init` pins it instead)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mothership;deploys;help'= {
            cand list 'List deploys (newest first)'
            cand show 'Show a deploy with the state of each instance'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mothership;deploys;help;list'= {
        }
        &'mothership;deploys;help;show'= {
        }
        &'mothership;deploys;help;help'= {
        }
        &'mothership;htpasswd'= {
            cand -o 'Output format'
            cand --output 'Output format'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add 'Add a user, or replace an existing user''s password'
            cand delete 'Delete a user'
            cand list 'List the users in the file'
            cand verify 'Check a user''s password (exit 0 when it matches, 3 when not)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mothership;htpasswd;add'= {
            cand --file 'The htpasswd file'
            cand --cost 'bcrypt cost (4-31); each step doubles the work'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --password-stdin 'Read the password from the first line of standard input instead of prompting'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mothership;htpasswd;delete'= {
            cand --file 'The htpasswd file'
            cand -o 'Output format'
            cand --output 'Output format'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mothership;htpasswd;list'= {
            cand --file 'The htpasswd file'
            cand -o 'Output format'
            cand --output 'Output format'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mothership;htpasswd;verify'= {
            cand --file 'The htpasswd file'
            cand --cost 'bcrypt cost (4-31); each step doubles the work'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --password-stdin 'Read the password from the first line of standard input instead of prompting'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mothership;htpasswd;help'= {
            cand add 'Add a user, or replace an existing user''s password'
            cand delete 'Delete a user'
            cand list 'List the users in the file'
            cand verify 'Check a user''s password (exit 0 when it matches, 3 when not)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mothership;htpasswd;help;add'= {
        }
        &'mothership;htpasswd;help;delete'= {
        }
        &'mothership;htpasswd;help;list'= {
        }
        &'mothership;htpasswd;help;verify'= {
        }
        &'mothership;htpasswd;help;help'= {
        }
        &'mothership;images'= {
            cand -s 'Only those containing TEXT in their ID, name or other fields (case-insensitive)'
            cand --search 'Only those containing TEXT in their ID, name or other fields (case-insensitive)'
            cand --sort 'Sort key, `-` in front for descending, e.g. -created or id (a wrong key''s error lists the keys)'
            cand --limit 'Show at most this many [default: all]'
            cand --host 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]'
            cand --username 'User name for basic auth'
            cand --password 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)'
            cand --cacert 'PEM file with the CA certificate (or the server''s own) to trust'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --insecure 'Do not verify the server''s TLS certificate (unsafe; `mothership init` pins it instead)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List images (newest first)'
            cand ls 'List images (newest first)'
            cand push 'Upload an IncludeOS binary (the same bytes again give the existing image)'
            cand pull 'Download an image to a file (resumes a partial download)'
            cand inspect 'Show an image''s metadata'
            cand delete 'Delete an image'
            cand rm 'Delete an image'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mothership;images;list'= {
            cand -s 'Only those containing TEXT in their ID, name or other fields (case-insensitive)'
            cand --search 'Only those containing TEXT in their ID, name or other fields (case-insensitive)'
            cand --sort 'Sort key, `-` in front for descending, e.g. -created or id (a wrong key''s error lists the keys)'
            cand --limit 'Show at most this many [default: all]'
            cand --host 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]'
            cand --username 'User name for basic auth'
            cand --password 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)'
            cand --cacert 'PEM file with the CA certificate (or the server''s own) to trust'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --insecure 'Do not verify the server''s TLS certificate (unsafe; `mothership init` pins it instead)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mothership;images;ls'= {
            cand -s 'Only those containing TEXT in their ID, name or other fields (case-insensitive)'
            cand --search 'Only those containing TEXT in their ID, name or other fields (case-insensitive)'
            cand --sort 'Sort key, `-` in front for descending, e.g. -created or id (a wrong key''s error lists the keys)'
            cand --limit 'Show at most this many [default: all]'
            cand --host 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]'
            cand --username 'User name for basic auth'
            cand --password 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)'
            cand --cacert 'PEM file with the CA certificate (or the server''s own) to trust'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --insecure 'Do not verify the server''s TLS certificate (unsafe; `mothership init` pins it instead)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mothership;images;push'= {
            cand -t 'A tag (name) for the image, shown in lists and searchable'
            cand --tag 'A tag (name) for the image, shown in lists and searchable'
            cand --host 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]'
            cand --username 'User name for basic auth'
            cand --password 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)'
            cand --cacert 'PEM file with the CA certificate (or the server''s own) to trust'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --insecure 'Do not verify the server''s TLS certificate (unsafe; `mothership init` pins it instead)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mothership;images;pull'= {
            cand -O 'File to write, `-` for standard output [default: the image ID]'
            cand --output-file 'File to write, `-` for standard output [default: the image ID]'
            cand --host 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]'
            cand --username 'User name for basic auth'
            cand --password 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)'
            cand --cacert 'PEM file with the CA certificate (or the server''s own) to trust'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --insecure 'Do not verify the server''s TLS certificate (unsafe; `mothership init` pins it instead)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mothership;images;inspect'= {
            cand --host 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]'
            cand --username 'User name for basic auth'
            cand --password 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)'
            cand --cacert 'PEM file with the CA certificate (or the server''s own) to trust'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --insecure 'Do not verify the server''s TLS certificate (unsafe; `mothership init` pins it instead)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mothership;images;delete'= {
            cand --host 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]'
            cand --username 'User name for basic auth'
            cand --password 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)'
            cand --cacert 'PEM file with the CA certificate (or the server''s own) to trust'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --insecure 'Do not verify the server''s TLS certificate (unsafe; `mothership init` pins it instead)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mothership;images;rm'= {
            cand --host 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]'
            cand --username 'User name for basic auth'
            cand --password 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)'
            cand --cacert 'PEM file with the CA certificate (or the server''s own) to trust'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --insecure 'Do not verify the server''s TLS certificate (unsafe; `mothership init` pins it instead)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mothership;images;help'= {
            cand list 'List images (newest first)'
            cand push 'Upload an IncludeOS binary (the same bytes again give the existing image)'
            cand pull 'Download an image to a file (resumes a partial download)'
            cand inspect 'Show an image''s metadata'
            cand delete 'Delete an image'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mothership;images;help;list'= {
        }
        &'mothership;images;help;push'= {
        }
        &'mothership;images;help;pull'= {
        }
        &'mothership;images;help;inspect'= {
        }
        &'mothership;images;help;delete'= {
        }
        &'mothership;images;help;help'= {
        }
        &'mothership;nacls'= {
            cand -s 'Only those containing TEXT in their ID, name or other fields (case-insensitive)'
            cand --search 'Only those containing TEXT in their ID, name or other fields (case-insensitive)'
            cand --sort 'Sort key, `-` in front for descending, e.g. -created or id (a wrong key''s error lists the keys)'
            cand --limit 'Show at most this many [default: all]'
            cand --host 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]'
            cand --username 'User name for basic auth'
            cand --password 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)'
            cand --cacert 'PEM file with the CA certificate (or the server''s own) to trust'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --insecure 'Do not verify the server''s TLS certificate (unsafe; `mothership init` pins it instead)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List names, sizes and dates (not the content)'
            cand ls 'List names, sizes and dates (not the content)'
            cand push 'Upload a file, named after the file unless --name is given'
            cand pull 'Download the content to a file (`-O -` for standard output)'
            cand show 'Show metadata and content'
            cand delete 'Delete one'
            cand rm 'Delete one'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mothership;nacls;list'= {
            cand -s 'Only those containing TEXT in their ID, name or other fields (case-insensitive)'
            cand --search 'Only those containing TEXT in their ID, name or other fields (case-insensitive)'
            cand --sort 'Sort key, `-` in front for descending, e.g. -created or id (a wrong key''s error lists the keys)'
            cand --limit 'Show at most this many [default: all]'
            cand --host 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]'
            cand --username 'User name for basic auth'
            cand --password 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)'
            cand --cacert 'PEM file with the CA certificate (or the server''s own) to trust'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --insecure 'Do not verify the server''s TLS certificate (unsafe; `mothership init` pins it instead)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mothership;nacls;ls'= {
            cand -s 'Only those containing TEXT in their ID, name or other fields (case-insensitive)'
            cand --search 'Only those containing TEXT in their ID, name or other fields (case-insensitive)'
            cand --sort 'Sort key, `-` in front for descending, e.g. -created or id (a wrong key''s error lists the keys)'
            cand --limit 'Show at most this many [default: all]'
            cand --host 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]'
            cand --username 'User name for basic auth'
            cand --password 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)'
            cand --cacert 'PEM file with the CA certificate (or the server''s own) to trust'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --insecure 'Do not verify the server''s TLS certificate (unsafe; `mothership init` pins it instead)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mothership;nacls;push'= {
            cand -n 'Its name [default: the file name without extension]'
            cand --name 'Its name [default: the file name without extension]'
            cand --host 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]'
            cand --username 'User name for basic auth'
            cand --password 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)'
            cand --cacert 'PEM file with the CA certificate (or the server''s own) to trust'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --replace 'Replace the content when the name exists already'
            cand --force '(NaCls) Store it even when Mothership''s NaCl checks find errors in it (they are refused otherwise; `mothership validate FILE` lists them)'
            cand --insecure 'Do not verify the server''s TLS certificate (unsafe; `mothership init` pins it instead)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mothership;nacls;pull'= {
            cand -O 'File to write, `-` for standard output [default: NAME.nacl or NAME.snippet]'
            cand --output-file 'File to write, `-` for standard output [default: NAME.nacl or NAME.snippet]'
            cand --host 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]'
            cand --username 'User name for basic auth'
            cand --password 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)'
            cand --cacert 'PEM file with the CA certificate (or the server''s own) to trust'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --insecure 'Do not verify the server''s TLS certificate (unsafe; `mothership init` pins it instead)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mothership;nacls;show'= {
            cand --host 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]'
            cand --username 'User name for basic auth'
            cand --password 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)'
            cand --cacert 'PEM file with the CA certificate (or the server''s own) to trust'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --insecure 'Do not verify the server''s TLS certificate (unsafe; `mothership init` pins it instead)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mothership;nacls;delete'= {
            cand --host 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]'
            cand --username 'User name for basic auth'
            cand --password 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)'
            cand --cacert 'PEM file with the CA certificate (or the server''s own) to trust'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --insecure 'Do not verify the server''s TLS certificate (unsafe; `mothership init` pins it instead)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mothership;nacls;rm'= {
            cand --host 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]'
            cand --username 'User name for basic auth'
            cand --password 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)'
            cand --cacert 'PEM file with the CA certificate (or the server''s own) to trust'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --insecure 'Do not verify the server''s TLS certificate (unsafe; `mothership init` pins it instead)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mothership;nacls;help'= {
            cand list 'List names, sizes and dates (not the content)'
            cand push 'Upload a file, named after the file unless --name is given'
            cand pull 'Download the content to a file (`-O -` for standard output)'
            cand show 'Show metadata and content'
            cand delete 'Delete one'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mothership;nacls;help;list'= {
        }
        &'mothership;nacls;help;push'= {
        }
        &'mothership;nacls;help;pull'= {
        }
        &'mothership;nacls;help;show'= {
        }
        &'mothership;nacls;help;delete'= {
        }
        &'mothership;nacls;help;help'= {
        }
        &'mothership;snippets'= {
            cand -s 'Only those containing TEXT in their ID, name or other fields (case-insensitive)'
            cand --search 'Only those containing TEXT in their ID, name or other fields (case-insensitive)'
            cand --sort 'Sort key, `-` in front for descending, e.g. -created or id (a wrong key''s error lists the keys)'
            cand --limit 'Show at most this many [default: all]'
            cand --host 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]'
            cand --username 'User name for basic auth'
            cand --password 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)'
            cand --cacert 'PEM file with the CA certificate (or the server''s own) to trust'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --insecure 'Do not verify the server''s TLS certificate (unsafe; `mothership init` pins it instead)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List names, sizes and dates (not the content)'
            cand ls 'List names, sizes and dates (not the content)'
            cand push 'Upload a file, named after the file unless --name is given'
            cand pull 'Download the content to a file (`-O -` for standard output)'
            cand show 'Show metadata and content'
            cand delete 'Delete one'
            cand rm 'Delete one'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mothership;snippets;list'= {
            cand -s 'Only those containing TEXT in their ID, name or other fields (case-insensitive)'
            cand --search 'Only those containing TEXT in their ID, name or other fields (case-insensitive)'
            cand --sort 'Sort key, `-` in front for descending, e.g. -created or id (a wrong key''s error lists the keys)'
            cand --limit 'Show at most this many [default: all]'
            cand --host 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]'
            cand --username 'User name for basic auth'
            cand --password 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)'
            cand --cacert 'PEM file with the CA certificate (or the server''s own) to trust'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --insecure 'Do not verify the server''s TLS certificate (unsafe; `mothership init` pins it instead)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mothership;snippets;ls'= {
            cand -s 'Only those containing TEXT in their ID, name or other fields (case-insensitive)'
            cand --search 'Only those containing TEXT in their ID, name or other fields (case-insensitive)'
            cand --sort 'Sort key, `-` in front for descending, e.g. -created or id (a wrong key''s error lists the keys)'
            cand --limit 'Show at most this many [default: all]'
            cand --host 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]'
            cand --username 'User name for basic auth'
            cand --password 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)'
            cand --cacert 'PEM file with the CA certificate (or the server''s own) to trust'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --insecure 'Do not verify the server''s TLS certificate (unsafe; `mothership init` pins it instead)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mothership;snippets;push'= {
            cand -n 'Its name [default: the file name without extension]'
            cand --name 'Its name [default: the file name without extension]'
            cand --host 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]'
            cand --username 'User name for basic auth'
            cand --password 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)'
            cand --cacert 'PEM file with the CA certificate (or the server''s own) to trust'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --replace 'Replace the content when the name exists already'
            cand --force '(NaCls) Store it even when Mothership''s NaCl checks find errors in it (they are refused otherwise; `mothership validate FILE` lists them)'
            cand --insecure 'Do not verify the server''s TLS certificate (unsafe; `mothership init` pins it instead)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mothership;snippets;pull'= {
            cand -O 'File to write, `-` for standard output [default: NAME.nacl or NAME.snippet]'
            cand --output-file 'File to write, `-` for standard output [default: NAME.nacl or NAME.snippet]'
            cand --host 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]'
            cand --username 'User name for basic auth'
            cand --password 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)'
            cand --cacert 'PEM file with the CA certificate (or the server''s own) to trust'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --insecure 'Do not verify the server''s TLS certificate (unsafe; `mothership init` pins it instead)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mothership;snippets;show'= {
            cand --host 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]'
            cand --username 'User name for basic auth'
            cand --password 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)'
            cand --cacert 'PEM file with the CA certificate (or the server''s own) to trust'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --insecure 'Do not verify the server''s TLS certificate (unsafe; `mothership init` pins it instead)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mothership;snippets;delete'= {
            cand --host 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]'
            cand --username 'User name for basic auth'
            cand --password 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)'
            cand --cacert 'PEM file with the CA certificate (or the server''s own) to trust'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --insecure 'Do not verify the server''s TLS certificate (unsafe; `mothership init` pins it instead)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mothership;snippets;rm'= {
            cand --host 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]'
            cand --username 'User name for basic auth'
            cand --password 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)'
            cand --cacert 'PEM file with the CA certificate (or the server''s own) to trust'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --insecure 'Do not verify the server''s TLS certificate (unsafe; `mothership init` pins it instead)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mothership;snippets;help'= {
            cand list 'List names, sizes and dates (not the content)'
            cand push 'Upload a file, named after the file unless --name is given'
            cand pull 'Download the content to a file (`-O -` for standard output)'
            cand show 'Show metadata and content'
            cand delete 'Delete one'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mothership;snippets;help;list'= {
        }
        &'mothership;snippets;help;push'= {
        }
        &'mothership;snippets;help;pull'= {
        }
        &'mothership;snippets;help;show'= {
        }
        &'mothership;snippets;help;delete'= {
        }
        &'mothership;snippets;help;help'= {
        }
        &'mothership;uplinks'= {
            cand -s 'Only those containing TEXT in their ID, name or other fields (case-insensitive)'
            cand --search 'Only those containing TEXT in their ID, name or other fields (case-insensitive)'
            cand --sort 'Sort key, `-` in front for descending, e.g. -created or id (a wrong key''s error lists the keys)'
            cand --limit 'Show at most this many [default: all]'
            cand --host 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]'
            cand --username 'User name for basic auth'
            cand --password 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)'
            cand --cacert 'PEM file with the CA certificate (or the server''s own) to trust'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --insecure 'Do not verify the server''s TLS certificate (unsafe; `mothership init` pins it instead)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List uplinks'
            cand ls 'List uplinks'
            cand create 'Create an uplink (a token is generated unless given)'
            cand show 'Show an uplink; --token shows its token too'
            cand update 'Change an uplink; --clear unsets optional keys'
            cand delete 'Delete an uplink'
            cand rm 'Delete an uplink'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mothership;uplinks;list'= {
            cand -s 'Only those containing TEXT in their ID, name or other fields (case-insensitive)'
            cand --search 'Only those containing TEXT in their ID, name or other fields (case-insensitive)'
            cand --sort 'Sort key, `-` in front for descending, e.g. -created or id (a wrong key''s error lists the keys)'
            cand --limit 'Show at most this many [default: all]'
            cand --host 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]'
            cand --username 'User name for basic auth'
            cand --password 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)'
            cand --cacert 'PEM file with the CA certificate (or the server''s own) to trust'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --insecure 'Do not verify the server''s TLS certificate (unsafe; `mothership init` pins it instead)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mothership;uplinks;ls'= {
            cand -s 'Only those containing TEXT in their ID, name or other fields (case-insensitive)'
            cand --search 'Only those containing TEXT in their ID, name or other fields (case-insensitive)'
            cand --sort 'Sort key, `-` in front for descending, e.g. -created or id (a wrong key''s error lists the keys)'
            cand --limit 'Show at most this many [default: all]'
            cand --host 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]'
            cand --username 'User name for basic auth'
            cand --password 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)'
            cand --cacert 'PEM file with the CA certificate (or the server''s own) to trust'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --insecure 'Do not verify the server''s TLS certificate (unsafe; `mothership init` pins it instead)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mothership;uplinks;create'= {
            cand --url 'Where instances dock: https://host:9090 (http:// without uplink TLS)'
            cand --token 'Token instances authenticate with [default: 256 random bits]'
            cand --index 'Network interface the instance docks from: a number or a name [instance default: 0]'
            cand --tag 'Tag (image name) the instances report; `build --tag` overrides it'
            cand --certs 'Path of the CA certificates on the image''s memdisk [instance default: /certs]'
            cand --verify 'Verify the server certificate [instance default: true]'
            cand --reboot 'Reboot on panic [instance default: true]'
            cand --ws-logging 'Send logs over the uplink [instance default: true]'
            cand --serialize-ct 'Serialize the console [instance default: false]'
            cand --send-stats 'Send stats every MS milliseconds, 0 = never [instance default: 0]'
            cand --ca 'PEM file of the CA that signs the uplink''s certificate: images for an https uplink carry it in their certs folder [default: the certificate the uplink port presents]'
            cand --host 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]'
            cand --username 'User name for basic auth'
            cand --password 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)'
            cand --cacert 'PEM file with the CA certificate (or the server''s own) to trust'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --insecure 'Do not verify the server''s TLS certificate (unsafe; `mothership init` pins it instead)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mothership;uplinks;show'= {
            cand --host 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]'
            cand --username 'User name for basic auth'
            cand --password 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)'
            cand --cacert 'PEM file with the CA certificate (or the server''s own) to trust'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --token 'Show the token too (the secret baked into every image built for this uplink; kept out of lists and of `show` without this flag)'
            cand --insecure 'Do not verify the server''s TLS certificate (unsafe; `mothership init` pins it instead)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mothership;uplinks;update'= {
            cand --name 'New name'
            cand --url 'New URL'
            cand --token 'New token'
            cand --index 'Network interface the instance docks from: a number or a name [instance default: 0]'
            cand --tag 'Tag (image name) the instances report; `build --tag` overrides it'
            cand --certs 'Path of the CA certificates on the image''s memdisk [instance default: /certs]'
            cand --verify 'Verify the server certificate [instance default: true]'
            cand --reboot 'Reboot on panic [instance default: true]'
            cand --ws-logging 'Send logs over the uplink [instance default: true]'
            cand --serialize-ct 'Serialize the console [instance default: false]'
            cand --send-stats 'Send stats every MS milliseconds, 0 = never [instance default: 0]'
            cand --ca 'PEM file of the CA that signs the uplink''s certificate: images for an https uplink carry it in their certs folder [default: the certificate the uplink port presents]'
            cand --clear 'Unset an optional key (back to the instance default); repeatable'
            cand --host 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]'
            cand --username 'User name for basic auth'
            cand --password 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)'
            cand --cacert 'PEM file with the CA certificate (or the server''s own) to trust'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --insecure 'Do not verify the server''s TLS certificate (unsafe; `mothership init` pins it instead)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mothership;uplinks;delete'= {
            cand --host 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]'
            cand --username 'User name for basic auth'
            cand --password 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)'
            cand --cacert 'PEM file with the CA certificate (or the server''s own) to trust'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --insecure 'Do not verify the server''s TLS certificate (unsafe; `mothership init` pins it instead)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mothership;uplinks;rm'= {
            cand --host 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]'
            cand --username 'User name for basic auth'
            cand --password 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)'
            cand --cacert 'PEM file with the CA certificate (or the server''s own) to trust'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --insecure 'Do not verify the server''s TLS certificate (unsafe; `mothership init` pins it instead)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mothership;uplinks;help'= {
            cand list 'List uplinks'
            cand create 'Create an uplink (a token is generated unless given)'
            cand show 'Show an uplink; --token shows its token too'
            cand update 'Change an uplink; --clear unsets optional keys'
            cand delete 'Delete an uplink'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mothership;uplinks;help;list'= {
        }
        &'mothership;uplinks;help;create'= {
        }
        &'mothership;uplinks;help;show'= {
        }
        &'mothership;uplinks;help;update'= {
        }
        &'mothership;uplinks;help;delete'= {
        }
        &'mothership;uplinks;help;help'= {
        }
        &'mothership;push-image'= {
            cand -t 'A tag (name) for the image, shown in lists and searchable'
            cand --tag 'A tag (name) for the image, shown in lists and searchable'
            cand --host 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]'
            cand --username 'User name for basic auth'
            cand --password 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)'
            cand --cacert 'PEM file with the CA certificate (or the server''s own) to trust'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --insecure 'Do not verify the server''s TLS certificate (unsafe; `mothership init` pins it instead)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mothership;pull-image'= {
            cand -O 'File to write, `-` for standard output [default: the image ID]'
            cand --output-file 'File to write, `-` for standard output [default: the image ID]'
            cand --host 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]'
            cand --username 'User name for basic auth'
            cand --password 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)'
            cand --cacert 'PEM file with the CA certificate (or the server''s own) to trust'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --insecure 'Do not verify the server''s TLS certificate (unsafe; `mothership init` pins it instead)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mothership;push-nacl'= {
            cand -n 'Its name [default: the file name without extension]'
            cand --name 'Its name [default: the file name without extension]'
            cand --host 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]'
            cand --username 'User name for basic auth'
            cand --password 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)'
            cand --cacert 'PEM file with the CA certificate (or the server''s own) to trust'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --replace 'Replace the content when the name exists already'
            cand --force '(NaCls) Store it even when Mothership''s NaCl checks find errors in it (they are refused otherwise; `mothership validate FILE` lists them)'
            cand --insecure 'Do not verify the server''s TLS certificate (unsafe; `mothership init` pins it instead)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mothership;pull-nacl'= {
            cand -O 'File to write, `-` for standard output [default: NAME.nacl or NAME.snippet]'
            cand --output-file 'File to write, `-` for standard output [default: NAME.nacl or NAME.snippet]'
            cand --host 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]'
            cand --username 'User name for basic auth'
            cand --password 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)'
            cand --cacert 'PEM file with the CA certificate (or the server''s own) to trust'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --insecure 'Do not verify the server''s TLS certificate (unsafe; `mothership init` pins it instead)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mothership;bobproviders'= {
            cand --host 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]'
            cand --username 'User name for basic auth'
            cand --password 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)'
            cand --cacert 'PEM file with the CA certificate (or the server''s own) to trust'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --insecure 'Do not verify the server''s TLS certificate (unsafe; `mothership init` pins it instead)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List the providers: when each was last updated, how many bobs it has'
            cand update 'Refresh a provider''s list of bobs (DockerHub reads the registry, Local the engine)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mothership;bobproviders;list'= {
            cand --host 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]'
            cand --username 'User name for basic auth'
            cand --password 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)'
            cand --cacert 'PEM file with the CA certificate (or the server''s own) to trust'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --insecure 'Do not verify the server''s TLS certificate (unsafe; `mothership init` pins it instead)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mothership;bobproviders;update'= {
            cand --host 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]'
            cand --username 'User name for basic auth'
            cand --password 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)'
            cand --cacert 'PEM file with the CA certificate (or the server''s own) to trust'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --insecure 'Do not verify the server''s TLS certificate (unsafe; `mothership init` pins it instead)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mothership;bobproviders;help'= {
            cand list 'List the providers: when each was last updated, how many bobs it has'
            cand update 'Refresh a provider''s list of bobs (DockerHub reads the registry, Local the engine)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mothership;bobproviders;help;list'= {
        }
        &'mothership;bobproviders;help;update'= {
        }
        &'mothership;bobproviders;help;help'= {
        }
        &'mothership;bobs'= {
            cand --host 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]'
            cand --username 'User name for basic auth'
            cand --password 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)'
            cand --cacert 'PEM file with the CA certificate (or the server''s own) to trust'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --insecure 'Do not verify the server''s TLS certificate (unsafe; `mothership init` pins it instead)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List the bobs a provider offers (as of its last update) and whether each is prepared'
            cand prepare 'Pull a bob onto the engine; it becomes the builder with the same ID'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mothership;bobs;list'= {
            cand --host 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]'
            cand --username 'User name for basic auth'
            cand --password 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)'
            cand --cacert 'PEM file with the CA certificate (or the server''s own) to trust'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --insecure 'Do not verify the server''s TLS certificate (unsafe; `mothership init` pins it instead)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mothership;bobs;prepare'= {
            cand --host 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]'
            cand --username 'User name for basic auth'
            cand --password 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)'
            cand --cacert 'PEM file with the CA certificate (or the server''s own) to trust'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --insecure 'Do not verify the server''s TLS certificate (unsafe; `mothership init` pins it instead)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mothership;bobs;help'= {
            cand list 'List the bobs a provider offers (as of its last update) and whether each is prepared'
            cand prepare 'Pull a bob onto the engine; it becomes the builder with the same ID'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mothership;bobs;help;list'= {
        }
        &'mothership;bobs;help;prepare'= {
        }
        &'mothership;bobs;help;help'= {
        }
        &'mothership;builders'= {
            cand --host 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]'
            cand --username 'User name for basic auth'
            cand --password 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)'
            cand --cacert 'PEM file with the CA certificate (or the server''s own) to trust'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --insecure 'Do not verify the server''s TLS certificate (unsafe; `mothership init` pins it instead)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List the builders on the engine'
            cand inspect 'Show one builder''s details (its contract, the services it builds, IncludeOS version...)'
            cand delete 'Delete a builder''s image from the engine (refused while a build uses it)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mothership;builders;list'= {
            cand --host 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]'
            cand --username 'User name for basic auth'
            cand --password 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)'
            cand --cacert 'PEM file with the CA certificate (or the server''s own) to trust'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --insecure 'Do not verify the server''s TLS certificate (unsafe; `mothership init` pins it instead)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mothership;builders;inspect'= {
            cand --host 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]'
            cand --username 'User name for basic auth'
            cand --password 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)'
            cand --cacert 'PEM file with the CA certificate (or the server''s own) to trust'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --insecure 'Do not verify the server''s TLS certificate (unsafe; `mothership init` pins it instead)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mothership;builders;delete'= {
            cand --host 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]'
            cand --username 'User name for basic auth'
            cand --password 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)'
            cand --cacert 'PEM file with the CA certificate (or the server''s own) to trust'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --insecure 'Do not verify the server''s TLS certificate (unsafe; `mothership init` pins it instead)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mothership;builders;help'= {
            cand list 'List the builders on the engine'
            cand inspect 'Show one builder''s details (its contract, the services it builds, IncludeOS version...)'
            cand delete 'Delete a builder''s image from the engine (refused while a build uses it)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mothership;builders;help;list'= {
        }
        &'mothership;builders;help;inspect'= {
        }
        &'mothership;builders;help;delete'= {
        }
        &'mothership;builders;help;help'= {
        }
        &'mothership;services'= {
            cand --host 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]'
            cand --username 'User name for basic auth'
            cand --password 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)'
            cand --cacert 'PEM file with the CA certificate (or the server''s own) to trust'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --insecure 'Do not verify the server''s TLS certificate (unsafe; `mothership init` pins it instead)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand push 'Store a service: tars DIR (skipping `build` directories and `.git`) and sends it; the name is --name, else the CMakeLists.txt''s project(...), else its BINARY'
            cand list 'List the services: bundled by builders and stored'
            cand inspect 'Show one service'
            cand pull 'Download a stored service''s sources as a tar'
            cand delete 'Delete a stored service'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mothership;services;push'= {
            cand --name 'Store it under this name'
            cand --host 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]'
            cand --username 'User name for basic auth'
            cand --password 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)'
            cand --cacert 'PEM file with the CA certificate (or the server''s own) to trust'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --insecure 'Do not verify the server''s TLS certificate (unsafe; `mothership init` pins it instead)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mothership;services;list'= {
            cand --host 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]'
            cand --username 'User name for basic auth'
            cand --password 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)'
            cand --cacert 'PEM file with the CA certificate (or the server''s own) to trust'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --insecure 'Do not verify the server''s TLS certificate (unsafe; `mothership init` pins it instead)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mothership;services;inspect'= {
            cand --host 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]'
            cand --username 'User name for basic auth'
            cand --password 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)'
            cand --cacert 'PEM file with the CA certificate (or the server''s own) to trust'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --insecure 'Do not verify the server''s TLS certificate (unsafe; `mothership init` pins it instead)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mothership;services;pull'= {
            cand -f 'Where to write the tar [default: NAME.tar]'
            cand --file 'Where to write the tar [default: NAME.tar]'
            cand --host 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]'
            cand --username 'User name for basic auth'
            cand --password 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)'
            cand --cacert 'PEM file with the CA certificate (or the server''s own) to trust'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --insecure 'Do not verify the server''s TLS certificate (unsafe; `mothership init` pins it instead)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mothership;services;delete'= {
            cand --host 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]'
            cand --username 'User name for basic auth'
            cand --password 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)'
            cand --cacert 'PEM file with the CA certificate (or the server''s own) to trust'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --insecure 'Do not verify the server''s TLS certificate (unsafe; `mothership init` pins it instead)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mothership;services;help'= {
            cand push 'Store a service: tars DIR (skipping `build` directories and `.git`) and sends it; the name is --name, else the CMakeLists.txt''s project(...), else its BINARY'
            cand list 'List the services: bundled by builders and stored'
            cand inspect 'Show one service'
            cand pull 'Download a stored service''s sources as a tar'
            cand delete 'Delete a stored service'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mothership;services;help;push'= {
        }
        &'mothership;services;help;list'= {
        }
        &'mothership;services;help;inspect'= {
        }
        &'mothership;services;help;pull'= {
        }
        &'mothership;services;help;delete'= {
        }
        &'mothership;services;help;help'= {
        }
        &'mothership;build'= {
            cand --builder 'The builder to build with'
            cand --nacl-file 'A NaCl file to build with'
            cand --nacl 'A stored NaCl to build with, by ID or name'
            cand --uplink 'The uplink the image docks with, by ID or name [default: the default uplink]'
            cand --tag 'The image''s tag (the name its instances report)'
            cand --host 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]'
            cand --username 'User name for basic auth'
            cand --password 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)'
            cand --cacert 'PEM file with the CA certificate (or the server''s own) to trust'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --detach 'Print the build ID and return at once instead of following the build'
            cand --insecure 'Do not verify the server''s TLS certificate (unsafe; `mothership init` pins it instead)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mothership;validate'= {
            cand --builder 'Validate with this builder (IncludeOS''s own NaCl.py) instead of checking here'
            cand --host 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]'
            cand --username 'User name for basic auth'
            cand --password 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)'
            cand --cacert 'PEM file with the CA certificate (or the server''s own) to trust'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --insecure 'Do not verify the server''s TLS certificate (unsafe; `mothership init` pins it instead)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mothership;nacl'= {
            cand --host 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]'
            cand --username 'User name for basic auth'
            cand --password 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)'
            cand --cacert 'PEM file with the CA certificate (or the server''s own) to trust'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --insecure 'Do not verify the server''s TLS certificate (unsafe; `mothership init` pins it instead)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand fmt 'Lay a NaCl file out canonically, in place: one statement per line, four spaces per level, one space after each colon; comments and strings are kept as written'
            cand transpile 'Print the C++ that IncludeOS''s NaCl transpiler (NaCl.py) makes of a NaCl file, the same text byte for byte; no server or builder needed'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mothership;nacl;fmt'= {
            cand --host 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]'
            cand --username 'User name for basic auth'
            cand --password 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)'
            cand --cacert 'PEM file with the CA certificate (or the server''s own) to trust'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --check 'Change nothing: exit 1 and name the file if formatting would change it'
            cand --insecure 'Do not verify the server''s TLS certificate (unsafe; `mothership init` pins it instead)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mothership;nacl;transpile'= {
            cand --host 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]'
            cand --username 'User name for basic auth'
            cand --password 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)'
            cand --cacert 'PEM file with the CA certificate (or the server''s own) to trust'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --insecure 'Do not verify the server''s TLS certificate (unsafe; `mothership init` pins it instead)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mothership;nacl;help'= {
            cand fmt 'Lay a NaCl file out canonically, in place: one statement per line, four spaces per level, one space after each colon; comments and strings are kept as written'
            cand transpile 'Print the C++ that IncludeOS''s NaCl transpiler (NaCl.py) makes of a NaCl file, the same text byte for byte; no server or builder needed'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mothership;nacl;help;fmt'= {
        }
        &'mothership;nacl;help;transpile'= {
        }
        &'mothership;nacl;help;help'= {
        }
        &'mothership;upgrade'= {
            cand --nacl 'The stored NaCl to build with, by id or name [default: the NaCl of the image it runs]'
            cand --builder 'The builder to build with [default: the newest of the instance''s IncludeOS version, else the newest]'
            cand --tag 'The new image''s tag'
            cand --host 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]'
            cand --username 'User name for basic auth'
            cand --password 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)'
            cand --cacert 'PEM file with the CA certificate (or the server''s own) to trust'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --force 'Deploy even when the uplink url or IncludeOS version checks fail'
            cand -d 'Print the upgrade id and return at once instead of following the upgrade'
            cand --detach 'Print the upgrade id and return at once instead of following the upgrade'
            cand -w 'Accepted for compatibility: following is the default now'
            cand --wait 'Accepted for compatibility: following is the default now'
            cand --insecure 'Do not verify the server''s TLS certificate (unsafe; `mothership init` pins it instead)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mothership;upgrades'= {
            cand -i 'Only upgrades of this instance (ID, unique start of one, or alias)'
            cand --instance 'Only upgrades of this instance (ID, unique start of one, or alias)'
            cand --status 'Only upgrades with this status'
            cand -s 'Only upgrades whose ID, instance, build or deploy ID contain this'
            cand --search 'Only upgrades whose ID, instance, build or deploy ID contain this'
            cand --limit 'Show at most this many [default: 100]'
            cand --host 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]'
            cand --username 'User name for basic auth'
            cand --password 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)'
            cand --cacert 'PEM file with the CA certificate (or the server''s own) to trust'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --insecure 'Do not verify the server''s TLS certificate (unsafe; `mothership init` pins it instead)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List upgrades (newest first)'
            cand ls 'List upgrades (newest first)'
            cand show 'Show an upgrade with its build and deploy'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mothership;upgrades;list'= {
            cand -i 'Only upgrades of this instance (ID, unique start of one, or alias)'
            cand --instance 'Only upgrades of this instance (ID, unique start of one, or alias)'
            cand --status 'Only upgrades with this status'
            cand -s 'Only upgrades whose ID, instance, build or deploy ID contain this'
            cand --search 'Only upgrades whose ID, instance, build or deploy ID contain this'
            cand --limit 'Show at most this many [default: 100]'
            cand --host 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]'
            cand --username 'User name for basic auth'
            cand --password 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)'
            cand --cacert 'PEM file with the CA certificate (or the server''s own) to trust'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --insecure 'Do not verify the server''s TLS certificate (unsafe; `mothership init` pins it instead)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mothership;upgrades;ls'= {
            cand -i 'Only upgrades of this instance (ID, unique start of one, or alias)'
            cand --instance 'Only upgrades of this instance (ID, unique start of one, or alias)'
            cand --status 'Only upgrades with this status'
            cand -s 'Only upgrades whose ID, instance, build or deploy ID contain this'
            cand --search 'Only upgrades whose ID, instance, build or deploy ID contain this'
            cand --limit 'Show at most this many [default: 100]'
            cand --host 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]'
            cand --username 'User name for basic auth'
            cand --password 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)'
            cand --cacert 'PEM file with the CA certificate (or the server''s own) to trust'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --insecure 'Do not verify the server''s TLS certificate (unsafe; `mothership init` pins it instead)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mothership;upgrades;show'= {
            cand --host 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]'
            cand --username 'User name for basic auth'
            cand --password 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)'
            cand --cacert 'PEM file with the CA certificate (or the server''s own) to trust'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --insecure 'Do not verify the server''s TLS certificate (unsafe; `mothership init` pins it instead)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mothership;upgrades;help'= {
            cand list 'List upgrades (newest first)'
            cand show 'Show an upgrade with its build and deploy'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mothership;upgrades;help;list'= {
        }
        &'mothership;upgrades;help;show'= {
        }
        &'mothership;upgrades;help;help'= {
        }
        &'mothership;rollout'= {
            cand --host 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]'
            cand --username 'User name for basic auth'
            cand --password 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)'
            cand --cacert 'PEM file with the CA certificate (or the server''s own) to trust'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --insecure 'Do not verify the server''s TLS certificate (unsafe; `mothership init` pins it instead)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand start 'Roll an image out to the instances a selector picks, in waves'
            cand list 'List rollouts (newest first)'
            cand ls 'List rollouts (newest first)'
            cand show 'Show a rollout: its waves and every instance''s outcome'
            cand pause 'Pause a running rollout: nothing new starts, updates under way finish'
            cand resume 'Resume a paused rollout'
            cand cancel 'Cancel a rollout (emergency stop): nothing new starts, queued instances are skipped'
            cand rollback 'Roll a rollout back: every instance it updated (or failed) gets its previous image'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mothership;rollout;start'= {
            cand --selector 'Which instances: tag=T, service=S, version=V (IncludeOS), instances=ID,ID,...; repeat to combine filters'
            cand --waves 'Wave sizes, comma-separated: a count (5) or a share (10%); the first is the canary'
            cand --threshold 'Percent of a wave that must verify for the next one to start [default: 100]'
            cand --error-threshold 'Percent of a wave whose failure pauses the rollout at once'
            cand --soak 'Seconds between a wave passing and the next one starting'
            cand --concurrency 'Instances of a wave updated at the same time [default: 100]'
            cand --host 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]'
            cand --username 'User name for basic auth'
            cand --password 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)'
            cand --cacert 'PEM file with the CA certificate (or the server''s own) to trust'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --rollback 'On failures that pause the rollout, put the failed instances back on their previous image'
            cand --build-per-version 'Selected instances run several IncludeOS versions: build the image (a stored build) again for each other version with its newest builder, each instance getting its version''s image'
            cand --insecure 'Do not verify the server''s TLS certificate (unsafe; `mothership init` pins it instead)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mothership;rollout;list'= {
            cand --status 'Only rollouts with this status'
            cand -s 'Only rollouts whose ID, image or instances contain this'
            cand --search 'Only rollouts whose ID, image or instances contain this'
            cand --limit 'Show at most this many [default: 100]'
            cand --host 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]'
            cand --username 'User name for basic auth'
            cand --password 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)'
            cand --cacert 'PEM file with the CA certificate (or the server''s own) to trust'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --insecure 'Do not verify the server''s TLS certificate (unsafe; `mothership init` pins it instead)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mothership;rollout;ls'= {
            cand --status 'Only rollouts with this status'
            cand -s 'Only rollouts whose ID, image or instances contain this'
            cand --search 'Only rollouts whose ID, image or instances contain this'
            cand --limit 'Show at most this many [default: 100]'
            cand --host 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]'
            cand --username 'User name for basic auth'
            cand --password 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)'
            cand --cacert 'PEM file with the CA certificate (or the server''s own) to trust'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --insecure 'Do not verify the server''s TLS certificate (unsafe; `mothership init` pins it instead)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mothership;rollout;show'= {
            cand --host 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]'
            cand --username 'User name for basic auth'
            cand --password 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)'
            cand --cacert 'PEM file with the CA certificate (or the server''s own) to trust'
            cand -o 'Output format'
            cand --output 'Output format'
            cand -f 'Keep printing progress until the rollout pauses or ends: a bar per wave on a terminal, plain lines when piped'
            cand --follow 'Keep printing progress until the rollout pauses or ends: a bar per wave on a terminal, plain lines when piped'
            cand --insecure 'Do not verify the server''s TLS certificate (unsafe; `mothership init` pins it instead)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mothership;rollout;pause'= {
            cand --host 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]'
            cand --username 'User name for basic auth'
            cand --password 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)'
            cand --cacert 'PEM file with the CA certificate (or the server''s own) to trust'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --insecure 'Do not verify the server''s TLS certificate (unsafe; `mothership init` pins it instead)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mothership;rollout;resume'= {
            cand --host 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]'
            cand --username 'User name for basic auth'
            cand --password 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)'
            cand --cacert 'PEM file with the CA certificate (or the server''s own) to trust'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --insecure 'Do not verify the server''s TLS certificate (unsafe; `mothership init` pins it instead)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mothership;rollout;cancel'= {
            cand --host 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]'
            cand --username 'User name for basic auth'
            cand --password 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)'
            cand --cacert 'PEM file with the CA certificate (or the server''s own) to trust'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --insecure 'Do not verify the server''s TLS certificate (unsafe; `mothership init` pins it instead)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mothership;rollout;rollback'= {
            cand --host 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]'
            cand --username 'User name for basic auth'
            cand --password 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)'
            cand --cacert 'PEM file with the CA certificate (or the server''s own) to trust'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --insecure 'Do not verify the server''s TLS certificate (unsafe; `mothership init` pins it instead)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mothership;rollout;help'= {
            cand start 'Roll an image out to the instances a selector picks, in waves'
            cand list 'List rollouts (newest first)'
            cand show 'Show a rollout: its waves and every instance''s outcome'
            cand pause 'Pause a running rollout: nothing new starts, updates under way finish'
            cand resume 'Resume a paused rollout'
            cand cancel 'Cancel a rollout (emergency stop): nothing new starts, queued instances are skipped'
            cand rollback 'Roll a rollout back: every instance it updated (or failed) gets its previous image'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mothership;rollout;help;start'= {
        }
        &'mothership;rollout;help;list'= {
        }
        &'mothership;rollout;help;show'= {
        }
        &'mothership;rollout;help;pause'= {
        }
        &'mothership;rollout;help;resume'= {
        }
        &'mothership;rollout;help;cancel'= {
        }
        &'mothership;rollout;help;rollback'= {
        }
        &'mothership;rollout;help;help'= {
        }
        &'mothership;events'= {
            cand -t 'Only events of this type, or of types starting with a prefix ending in `*` (repeat for several, or give a comma list)'
            cand --type 'Only events of this type, or of types starting with a prefix ending in `*` (repeat for several, or give a comma list)'
            cand --since 'Only events after this event id'
            cand --host 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]'
            cand --username 'User name for basic auth'
            cand --password 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)'
            cand --cacert 'PEM file with the CA certificate (or the server''s own) to trust'
            cand -o 'Output format'
            cand --output 'Output format'
            cand -f 'Keep printing events as they happen (reconnects, resuming where it stopped)'
            cand --follow 'Keep printing events as they happen (reconnects, resuming where it stopped)'
            cand --insecure 'Do not verify the server''s TLS certificate (unsafe; `mothership init` pins it instead)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mothership;webhooks'= {
            cand --host 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]'
            cand --username 'User name for basic auth'
            cand --password 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)'
            cand --cacert 'PEM file with the CA certificate (or the server''s own) to trust'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --insecure 'Do not verify the server''s TLS certificate (unsafe; `mothership init` pins it instead)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add 'Register a URL to POST events to; prints the secret deliveries are signed with, once'
            cand list 'List webhooks and how their deliveries go'
            cand ls 'List webhooks and how their deliveries go'
            cand show 'Show a webhook and its last delivery'
            cand delete 'Delete a webhook (what is queued for it is dropped)'
            cand rm 'Delete a webhook (what is queued for it is dropped)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mothership;webhooks;add'= {
            cand -e 'An event type or `prefix*` to deliver (repeat for several) [default: every event]'
            cand --event 'An event type or `prefix*` to deliver (repeat for several) [default: every event]'
            cand --secret 'The signing secret [default: generated, and printed once]'
            cand --host 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]'
            cand --username 'User name for basic auth'
            cand --password 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)'
            cand --cacert 'PEM file with the CA certificate (or the server''s own) to trust'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --insecure 'Do not verify the server''s TLS certificate (unsafe; `mothership init` pins it instead)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mothership;webhooks;list'= {
            cand --host 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]'
            cand --username 'User name for basic auth'
            cand --password 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)'
            cand --cacert 'PEM file with the CA certificate (or the server''s own) to trust'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --insecure 'Do not verify the server''s TLS certificate (unsafe; `mothership init` pins it instead)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mothership;webhooks;ls'= {
            cand --host 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]'
            cand --username 'User name for basic auth'
            cand --password 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)'
            cand --cacert 'PEM file with the CA certificate (or the server''s own) to trust'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --insecure 'Do not verify the server''s TLS certificate (unsafe; `mothership init` pins it instead)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mothership;webhooks;show'= {
            cand --host 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]'
            cand --username 'User name for basic auth'
            cand --password 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)'
            cand --cacert 'PEM file with the CA certificate (or the server''s own) to trust'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --insecure 'Do not verify the server''s TLS certificate (unsafe; `mothership init` pins it instead)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mothership;webhooks;delete'= {
            cand --host 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]'
            cand --username 'User name for basic auth'
            cand --password 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)'
            cand --cacert 'PEM file with the CA certificate (or the server''s own) to trust'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --insecure 'Do not verify the server''s TLS certificate (unsafe; `mothership init` pins it instead)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mothership;webhooks;rm'= {
            cand --host 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]'
            cand --username 'User name for basic auth'
            cand --password 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)'
            cand --cacert 'PEM file with the CA certificate (or the server''s own) to trust'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --insecure 'Do not verify the server''s TLS certificate (unsafe; `mothership init` pins it instead)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mothership;webhooks;help'= {
            cand add 'Register a URL to POST events to; prints the secret deliveries are signed with, once'
            cand list 'List webhooks and how their deliveries go'
            cand show 'Show a webhook and its last delivery'
            cand delete 'Delete a webhook (what is queued for it is dropped)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mothership;webhooks;help;add'= {
        }
        &'mothership;webhooks;help;list'= {
        }
        &'mothership;webhooks;help;show'= {
        }
        &'mothership;webhooks;help;delete'= {
        }
        &'mothership;webhooks;help;help'= {
        }
        &'mothership;audit'= {
            cand -s 'Only rows whose user, method, path or address contain TEXT'
            cand --search 'Only rows whose user, method, path or address contain TEXT'
            cand --limit 'Show at most this many, newest first'
            cand --host 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]'
            cand --username 'User name for basic auth'
            cand --password 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)'
            cand --cacert 'PEM file with the CA certificate (or the server''s own) to trust'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --insecure 'Do not verify the server''s TLS certificate (unsafe; `mothership init` pins it instead)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mothership;completions'= {
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mothership;man'= {
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mothership;help'= {
            cand serve 'Run the Mothership server (API on :8080, uplink hangar on :9090)'
            cand init 'Point this client at a server: asks for host and credentials, pins its certificate'
            cand info 'Show the server''s name, version and uptime'
            cand instances 'Instances docked to this Mothership (or known from before): list, inspect, logs, panics, stats, alias, describe, delete'
            cand inspect-instance 'Same as `instances inspect` (original Mothership spelling)'
            cand deploy 'Live-update running instances with an image: one instance, or many with --all, --tag, --status or --search'
            cand deploys 'Deploy records: list, show (with the state of each instance)'
            cand htpasswd 'Users of an htpasswd file (bcrypt, as Apache''s `htpasswd -B` writes it): add, delete, list, verify'
            cand images 'Images: list, push, pull, inspect, delete'
            cand nacls 'NaCls (IncludeOS configurations): list, push, pull, show, delete'
            cand snippets 'Snippets (reusable NaCl pieces): list, push, pull, show, delete'
            cand uplinks 'Uplinks (where built images dock): list, create, show, update, delete'
            cand push-image 'Same as `images push` (original Mothership spelling)'
            cand pull-image 'Same as `images pull` (original Mothership spelling)'
            cand push-nacl 'Same as `nacls push` (original Mothership spelling)'
            cand pull-nacl 'Same as `nacls pull` (original Mothership spelling)'
            cand bobproviders 'Bob providers, where builders come from (DockerHub, Local): list, update'
            cand bobs 'Bobs, the builders a provider offers: list, prepare (pull one to make it a builder)'
            cand builders 'Builders on the Docker engine: list, inspect, delete'
            cand services 'Your own services (a directory with CMakeLists.txt and its sources): push, list, inspect, pull, delete; build one with `mothership build NAME --builder ID`'
            cand build 'Build an image of a service with a builder; streams the log, prints the image ID last'
            cand validate 'Check a NaCl file (here, no server needed) or a stored NaCl, or validate it with a builder (errors as NAME:LINE:COL: message; exit 1 if invalid)'
            cand nacl 'NaCl tools that need no server: fmt (lay a NaCl file out canonically)'
            cand upgrade 'Build an image for an instance (its uplink, its NaCl or one given, the newest fitting builder) and deploy it there; follows the build log and the deploy'
            cand upgrades 'Upgrade records: list, show (with the build and the deploy)'
            cand rollout 'Roll an image out to a group of instances in waves that pause by themselves on failures: start, list, show (--follow), pause, resume, cancel, rollback'
            cand events 'What happened on this Mothership (instances docking, deploys, builds, logins...); --follow keeps printing as it happens'
            cand webhooks 'Webhooks, URLs events are POSTed to (signed): add, list, show, delete'
            cand audit 'The audit log: every state-changing API request, who made it and from where'
            cand completions 'Print a shell completion script'
            cand man 'Write man pages, one per subcommand, into a directory'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mothership;help;serve'= {
        }
        &'mothership;help;init'= {
        }
        &'mothership;help;info'= {
        }
        &'mothership;help;instances'= {
            cand inspect 'Show everything known about an instance'
            cand logs 'Print an instance''s log'
            cand panics 'Print the panics an instance reported'
            cand stats 'Print an instance''s stats (fresh from the instance when it is docked)'
            cand alias 'Give an instance an alias (usable as its ID); an empty NAME removes it'
            cand describe 'Set an instance''s description; an empty TEXT removes it'
            cand auto-redeploy 'Turn "automatically redeploy last image" on or off: when the instance docks running another binary than the image last deployed to it, that image is deployed again'
            cand desired 'The image instances should run (desired state): Mothership keeps them converging on it'
            cand delete 'Forget instances (with their logs, panics and stats)'
        }
        &'mothership;help;instances;inspect'= {
        }
        &'mothership;help;instances;logs'= {
        }
        &'mothership;help;instances;panics'= {
        }
        &'mothership;help;instances;stats'= {
        }
        &'mothership;help;instances;alias'= {
        }
        &'mothership;help;instances;describe'= {
        }
        &'mothership;help;instances;auto-redeploy'= {
        }
        &'mothership;help;instances;desired'= {
            cand show 'Show an instance''s desired image and whether it is in sync, updating, failed (why) or not managed'
            cand set 'Give instances a desired image: those running another binary are updated now if connected, and whenever they dock running another, a bounded number of times'
            cand clear 'Remove instances'' desired image (nothing is deployed; they are no longer managed)'
        }
        &'mothership;help;instances;desired;show'= {
        }
        &'mothership;help;instances;desired;set'= {
        }
        &'mothership;help;instances;desired;clear'= {
        }
        &'mothership;help;instances;delete'= {
        }
        &'mothership;help;inspect-instance'= {
        }
        &'mothership;help;deploy'= {
        }
        &'mothership;help;deploys'= {
            cand list 'List deploys (newest first)'
            cand show 'Show a deploy with the state of each instance'
        }
        &'mothership;help;deploys;list'= {
        }
        &'mothership;help;deploys;show'= {
        }
        &'mothership;help;htpasswd'= {
            cand add 'Add a user, or replace an existing user''s password'
            cand delete 'Delete a user'
            cand list 'List the users in the file'
            cand verify 'Check a user''s password (exit 0 when it matches, 3 when not)'
        }
        &'mothership;help;htpasswd;add'= {
        }
        &'mothership;help;htpasswd;delete'= {
        }
        &'mothership;help;htpasswd;list'= {
        }
        &'mothership;help;htpasswd;verify'= {
        }
        &'mothership;help;images'= {
            cand list 'List images (newest first)'
            cand push 'Upload an IncludeOS binary (the same bytes again give the existing image)'
            cand pull 'Download an image to a file (resumes a partial download)'
            cand inspect 'Show an image''s metadata'
            cand delete 'Delete an image'
        }
        &'mothership;help;images;list'= {
        }
        &'mothership;help;images;push'= {
        }
        &'mothership;help;images;pull'= {
        }
        &'mothership;help;images;inspect'= {
        }
        &'mothership;help;images;delete'= {
        }
        &'mothership;help;nacls'= {
            cand list 'List names, sizes and dates (not the content)'
            cand push 'Upload a file, named after the file unless --name is given'
            cand pull 'Download the content to a file (`-O -` for standard output)'
            cand show 'Show metadata and content'
            cand delete 'Delete one'
        }
        &'mothership;help;nacls;list'= {
        }
        &'mothership;help;nacls;push'= {
        }
        &'mothership;help;nacls;pull'= {
        }
        &'mothership;help;nacls;show'= {
        }
        &'mothership;help;nacls;delete'= {
        }
        &'mothership;help;snippets'= {
            cand list 'List names, sizes and dates (not the content)'
            cand push 'Upload a file, named after the file unless --name is given'
            cand pull 'Download the content to a file (`-O -` for standard output)'
            cand show 'Show metadata and content'
            cand delete 'Delete one'
        }
        &'mothership;help;snippets;list'= {
        }
        &'mothership;help;snippets;push'= {
        }
        &'mothership;help;snippets;pull'= {
        }
        &'mothership;help;snippets;show'= {
        }
        &'mothership;help;snippets;delete'= {
        }
        &'mothership;help;uplinks'= {
            cand list 'List uplinks'
            cand create 'Create an uplink (a token is generated unless given)'
            cand show 'Show an uplink; --token shows its token too'
            cand update 'Change an uplink; --clear unsets optional keys'
            cand delete 'Delete an uplink'
        }
        &'mothership;help;uplinks;list'= {
        }
        &'mothership;help;uplinks;create'= {
        }
        &'mothership;help;uplinks;show'= {
        }
        &'mothership;help;uplinks;update'= {
        }
        &'mothership;help;uplinks;delete'= {
        }
        &'mothership;help;push-image'= {
        }
        &'mothership;help;pull-image'= {
        }
        &'mothership;help;push-nacl'= {
        }
        &'mothership;help;pull-nacl'= {
        }
        &'mothership;help;bobproviders'= {
            cand list 'List the providers: when each was last updated, how many bobs it has'
            cand update 'Refresh a provider''s list of bobs (DockerHub reads the registry, Local the engine)'
        }
        &'mothership;help;bobproviders;list'= {
        }
        &'mothership;help;bobproviders;update'= {
        }
        &'mothership;help;bobs'= {
            cand list 'List the bobs a provider offers (as of its last update) and whether each is prepared'
            cand prepare 'Pull a bob onto the engine; it becomes the builder with the same ID'
        }
        &'mothership;help;bobs;list'= {
        }
        &'mothership;help;bobs;prepare'= {
        }
        &'mothership;help;builders'= {
            cand list 'List the builders on the engine'
            cand inspect 'Show one builder''s details (its contract, the services it builds, IncludeOS version...)'
            cand delete 'Delete a builder''s image from the engine (refused while a build uses it)'
        }
        &'mothership;help;builders;list'= {
        }
        &'mothership;help;builders;inspect'= {
        }
        &'mothership;help;builders;delete'= {
        }
        &'mothership;help;services'= {
            cand push 'Store a service: tars DIR (skipping `build` directories and `.git`) and sends it; the name is --name, else the CMakeLists.txt''s project(...), else its BINARY'
            cand list 'List the services: bundled by builders and stored'
            cand inspect 'Show one service'
            cand pull 'Download a stored service''s sources as a tar'
            cand delete 'Delete a stored service'
        }
        &'mothership;help;services;push'= {
        }
        &'mothership;help;services;list'= {
        }
        &'mothership;help;services;inspect'= {
        }
        &'mothership;help;services;pull'= {
        }
        &'mothership;help;services;delete'= {
        }
        &'mothership;help;build'= {
        }
        &'mothership;help;validate'= {
        }
        &'mothership;help;nacl'= {
            cand fmt 'Lay a NaCl file out canonically, in place: one statement per line, four spaces per level, one space after each colon; comments and strings are kept as written'
            cand transpile 'Print the C++ that IncludeOS''s NaCl transpiler (NaCl.py) makes of a NaCl file, the same text byte for byte; no server or builder needed'
        }
        &'mothership;help;nacl;fmt'= {
        }
        &'mothership;help;nacl;transpile'= {
        }
        &'mothership;help;upgrade'= {
        }
        &'mothership;help;upgrades'= {
            cand list 'List upgrades (newest first)'
            cand show 'Show an upgrade with its build and deploy'
        }
        &'mothership;help;upgrades;list'= {
        }
        &'mothership;help;upgrades;show'= {
        }
        &'mothership;help;rollout'= {
            cand start 'Roll an image out to the instances a selector picks, in waves'
            cand list 'List rollouts (newest first)'
            cand show 'Show a rollout: its waves and every instance''s outcome'
            cand pause 'Pause a running rollout: nothing new starts, updates under way finish'
            cand resume 'Resume a paused rollout'
            cand cancel 'Cancel a rollout (emergency stop): nothing new starts, queued instances are skipped'
            cand rollback 'Roll a rollout back: every instance it updated (or failed) gets its previous image'
        }
        &'mothership;help;rollout;start'= {
        }
        &'mothership;help;rollout;list'= {
        }
        &'mothership;help;rollout;show'= {
        }
        &'mothership;help;rollout;pause'= {
        }
        &'mothership;help;rollout;resume'= {
        }
        &'mothership;help;rollout;cancel'= {
        }
        &'mothership;help;rollout;rollback'= {
        }
        &'mothership;help;events'= {
        }
        &'mothership;help;webhooks'= {
            cand add 'Register a URL to POST events to; prints the secret deliveries are signed with, once'
            cand list 'List webhooks and how their deliveries go'
            cand show 'Show a webhook and its last delivery'
            cand delete 'Delete a webhook (what is queued for it is dropped)'
        }
        &'mothership;help;webhooks;add'= {
        }
        &'mothership;help;webhooks;list'= {
        }
        &'mothership;help;webhooks;show'= {
        }
        &'mothership;help;webhooks;delete'= {
        }
        &'mothership;help;audit'= {
        }
        &'mothership;help;completions'= {
        }
        &'mothership;help;man'= {
        }
        &'mothership;help;help'= {
        }
    ]
    $completions[$command]
}

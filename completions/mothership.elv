
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
            cand htpasswd 'Manage the users of an htpasswd file (bcrypt, as Apache''s `htpasswd -B` writes it)'
            cand completions 'Print a shell completion script'
            cand man 'Write man pages, one per subcommand, into a directory'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mothership;serve'= {
            cand --name 'Name this Mothership reports [default: mothership]'
            cand --certfile 'TLS certificate (PEM) for the API and the uplink [default: <config-dir>/cert.pem]'
            cand --keyfile 'TLS private key (PEM) [default: <config-dir>/key.pem]'
            cand --clean 'Empty the runtime directory (images, instances, builds) before starting'
            cand --serverauth 'API authentication [default: basic]'
            cand --serverport 'Port of the HTTPS API [default: 8080]'
            cand --uplinkport 'Port of the uplink hangar that instances dock to [default: 9090]'
            cand --noservertls 'Serve the API over plain HTTP'
            cand --nouplinktls 'Serve the uplink over plain HTTP/WS'
            cand --verboselogging 'Log every request and debug details'
            cand --dockeroptions 'docker-run style options for build containers, e.g. "--privileged --memory 2g"'
            cand --config 'Config file [default: <config-dir>/config.yaml, if it exists]'
            cand --config-dir 'Directory of config.yaml, .htpasswd, cert.pem and key.pem [default: config_files]'
            cand --runtime-dir 'Directory of the state that survives restarts [default: runtime_files]'
            cand --bind 'Address to listen on [default: 0.0.0.0]'
            cand --htpasswd 'htpasswd file of the API users [default: <config-dir>/.htpasswd]'
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
        &'mothership;htpasswd'= {
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
            cand add 'Add a user, or replace an existing user''s password'
            cand delete 'Remove a user'
            cand list 'List the users in the file'
            cand verify 'Check a user''s password (exit 0 when it matches, 3 when not)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mothership;htpasswd;add'= {
            cand --file 'The htpasswd file'
            cand --cost 'bcrypt cost (4-31); each step doubles the work'
            cand --host 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]'
            cand --username 'User name for basic auth'
            cand --password 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)'
            cand --cacert 'PEM file with the CA certificate (or the server''s own) to trust'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --password-stdin 'Read the password from the first line of standard input instead of prompting'
            cand --insecure 'Do not verify the server''s TLS certificate (unsafe; `mothership init` pins it instead)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mothership;htpasswd;delete'= {
            cand --file 'The htpasswd file'
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
        &'mothership;htpasswd;list'= {
            cand --file 'The htpasswd file'
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
        &'mothership;htpasswd;verify'= {
            cand --file 'The htpasswd file'
            cand --cost 'bcrypt cost (4-31); each step doubles the work'
            cand --host 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]'
            cand --username 'User name for basic auth'
            cand --password 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)'
            cand --cacert 'PEM file with the CA certificate (or the server''s own) to trust'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --password-stdin 'Read the password from the first line of standard input instead of prompting'
            cand --insecure 'Do not verify the server''s TLS certificate (unsafe; `mothership init` pins it instead)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mothership;htpasswd;help'= {
            cand add 'Add a user, or replace an existing user''s password'
            cand delete 'Remove a user'
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
        &'mothership;completions'= {
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
        &'mothership;man'= {
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
        &'mothership;help'= {
            cand serve 'Run the Mothership server (API on :8080, uplink hangar on :9090)'
            cand init 'Point this client at a server: asks for host and credentials, pins its certificate'
            cand info 'Show the server''s name, version and uptime'
            cand htpasswd 'Manage the users of an htpasswd file (bcrypt, as Apache''s `htpasswd -B` writes it)'
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
        &'mothership;help;htpasswd'= {
            cand add 'Add a user, or replace an existing user''s password'
            cand delete 'Remove a user'
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
        &'mothership;help;completions'= {
        }
        &'mothership;help;man'= {
        }
        &'mothership;help;help'= {
        }
    ]
    $completions[$command]
}

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
complete -c mothership -n "__fish_mothership_needs_command" -f -a "htpasswd" -d 'Manage the users of an htpasswd file (bcrypt, as Apache\'s `htpasswd -B` writes it)'
complete -c mothership -n "__fish_mothership_needs_command" -f -a "completions" -d 'Print a shell completion script'
complete -c mothership -n "__fish_mothership_needs_command" -f -a "man" -d 'Write man pages, one per subcommand, into a directory'
complete -c mothership -n "__fish_mothership_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mothership -n "__fish_mothership_using_subcommand serve" -l name -d 'Name this Mothership reports [default: mothership]' -r
complete -c mothership -n "__fish_mothership_using_subcommand serve" -l certfile -d 'TLS certificate (PEM) for the API and the uplink [default: <config-dir>/cert.pem]' -r -F
complete -c mothership -n "__fish_mothership_using_subcommand serve" -l keyfile -d 'TLS private key (PEM) [default: <config-dir>/key.pem]' -r -F
complete -c mothership -n "__fish_mothership_using_subcommand serve" -l clean -d 'Empty the runtime directory (images, instances, builds) before starting' -r -f -a "true\t''
false\t''"
complete -c mothership -n "__fish_mothership_using_subcommand serve" -l serverauth -d 'API authentication [default: basic]' -r -f -a "basic\t'HTTP basic auth against the htpasswd file'
none\t'No authentication (only behind something that authenticates for us)'"
complete -c mothership -n "__fish_mothership_using_subcommand serve" -l serverport -d 'Port of the HTTPS API [default: 8080]' -r
complete -c mothership -n "__fish_mothership_using_subcommand serve" -l uplinkport -d 'Port of the uplink hangar that instances dock to [default: 9090]' -r
complete -c mothership -n "__fish_mothership_using_subcommand serve" -l noservertls -d 'Serve the API over plain HTTP' -r -f -a "true\t''
false\t''"
complete -c mothership -n "__fish_mothership_using_subcommand serve" -l nouplinktls -d 'Serve the uplink over plain HTTP/WS' -r -f -a "true\t''
false\t''"
complete -c mothership -n "__fish_mothership_using_subcommand serve" -l verboselogging -d 'Log every request and debug details' -r -f -a "true\t''
false\t''"
complete -c mothership -n "__fish_mothership_using_subcommand serve" -l dockeroptions -d 'docker-run style options for build containers, e.g. "--privileged --memory 2g"' -r
complete -c mothership -n "__fish_mothership_using_subcommand serve" -l config -d 'Config file [default: <config-dir>/config.yaml, if it exists]' -r -F
complete -c mothership -n "__fish_mothership_using_subcommand serve" -l config-dir -d 'Directory of config.yaml, .htpasswd, cert.pem and key.pem [default: config_files]' -r -F
complete -c mothership -n "__fish_mothership_using_subcommand serve" -l runtime-dir -d 'Directory of the state that survives restarts [default: runtime_files]' -r -F
complete -c mothership -n "__fish_mothership_using_subcommand serve" -l bind -d 'Address to listen on [default: 0.0.0.0]' -r
complete -c mothership -n "__fish_mothership_using_subcommand serve" -l htpasswd -d 'htpasswd file of the API users [default: <config-dir>/.htpasswd]' -r -F
complete -c mothership -n "__fish_mothership_using_subcommand serve" -l host -d 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]' -r
complete -c mothership -n "__fish_mothership_using_subcommand serve" -l username -d 'User name for basic auth' -r
complete -c mothership -n "__fish_mothership_using_subcommand serve" -l password -d 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)' -r
complete -c mothership -n "__fish_mothership_using_subcommand serve" -l cacert -d 'PEM file with the CA certificate (or the server\'s own) to trust' -r -F
complete -c mothership -n "__fish_mothership_using_subcommand serve" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'JSON, for scripts'
yaml\t'YAML'
id\t'Only the IDs, one a line'"
complete -c mothership -n "__fish_mothership_using_subcommand serve" -l insecure -d 'Do not verify the server\'s TLS certificate (unsafe; `mothership init` pins it instead)'
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
complete -c mothership -n "__fish_mothership_using_subcommand htpasswd; and not __fish_seen_subcommand_from add delete list verify help" -l host -d 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]' -r
complete -c mothership -n "__fish_mothership_using_subcommand htpasswd; and not __fish_seen_subcommand_from add delete list verify help" -l username -d 'User name for basic auth' -r
complete -c mothership -n "__fish_mothership_using_subcommand htpasswd; and not __fish_seen_subcommand_from add delete list verify help" -l password -d 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)' -r
complete -c mothership -n "__fish_mothership_using_subcommand htpasswd; and not __fish_seen_subcommand_from add delete list verify help" -l cacert -d 'PEM file with the CA certificate (or the server\'s own) to trust' -r -F
complete -c mothership -n "__fish_mothership_using_subcommand htpasswd; and not __fish_seen_subcommand_from add delete list verify help" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'JSON, for scripts'
yaml\t'YAML'
id\t'Only the IDs, one a line'"
complete -c mothership -n "__fish_mothership_using_subcommand htpasswd; and not __fish_seen_subcommand_from add delete list verify help" -l insecure -d 'Do not verify the server\'s TLS certificate (unsafe; `mothership init` pins it instead)'
complete -c mothership -n "__fish_mothership_using_subcommand htpasswd; and not __fish_seen_subcommand_from add delete list verify help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mothership -n "__fish_mothership_using_subcommand htpasswd; and not __fish_seen_subcommand_from add delete list verify help" -s V -l version -d 'Print version'
complete -c mothership -n "__fish_mothership_using_subcommand htpasswd; and not __fish_seen_subcommand_from add delete list verify help" -f -a "add" -d 'Add a user, or replace an existing user\'s password'
complete -c mothership -n "__fish_mothership_using_subcommand htpasswd; and not __fish_seen_subcommand_from add delete list verify help" -f -a "delete" -d 'Remove a user'
complete -c mothership -n "__fish_mothership_using_subcommand htpasswd; and not __fish_seen_subcommand_from add delete list verify help" -f -a "list" -d 'List the users in the file'
complete -c mothership -n "__fish_mothership_using_subcommand htpasswd; and not __fish_seen_subcommand_from add delete list verify help" -f -a "verify" -d 'Check a user\'s password (exit 0 when it matches, 3 when not)'
complete -c mothership -n "__fish_mothership_using_subcommand htpasswd; and not __fish_seen_subcommand_from add delete list verify help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mothership -n "__fish_mothership_using_subcommand htpasswd; and __fish_seen_subcommand_from add" -l file -d 'The htpasswd file' -r -F
complete -c mothership -n "__fish_mothership_using_subcommand htpasswd; and __fish_seen_subcommand_from add" -l cost -d 'bcrypt cost (4-31); each step doubles the work' -r
complete -c mothership -n "__fish_mothership_using_subcommand htpasswd; and __fish_seen_subcommand_from add" -l host -d 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]' -r
complete -c mothership -n "__fish_mothership_using_subcommand htpasswd; and __fish_seen_subcommand_from add" -l username -d 'User name for basic auth' -r
complete -c mothership -n "__fish_mothership_using_subcommand htpasswd; and __fish_seen_subcommand_from add" -l password -d 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)' -r
complete -c mothership -n "__fish_mothership_using_subcommand htpasswd; and __fish_seen_subcommand_from add" -l cacert -d 'PEM file with the CA certificate (or the server\'s own) to trust' -r -F
complete -c mothership -n "__fish_mothership_using_subcommand htpasswd; and __fish_seen_subcommand_from add" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'JSON, for scripts'
yaml\t'YAML'
id\t'Only the IDs, one a line'"
complete -c mothership -n "__fish_mothership_using_subcommand htpasswd; and __fish_seen_subcommand_from add" -l password-stdin -d 'Read the password from the first line of standard input instead of prompting'
complete -c mothership -n "__fish_mothership_using_subcommand htpasswd; and __fish_seen_subcommand_from add" -l insecure -d 'Do not verify the server\'s TLS certificate (unsafe; `mothership init` pins it instead)'
complete -c mothership -n "__fish_mothership_using_subcommand htpasswd; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mothership -n "__fish_mothership_using_subcommand htpasswd; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c mothership -n "__fish_mothership_using_subcommand htpasswd; and __fish_seen_subcommand_from delete" -l file -d 'The htpasswd file' -r -F
complete -c mothership -n "__fish_mothership_using_subcommand htpasswd; and __fish_seen_subcommand_from delete" -l host -d 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]' -r
complete -c mothership -n "__fish_mothership_using_subcommand htpasswd; and __fish_seen_subcommand_from delete" -l username -d 'User name for basic auth' -r
complete -c mothership -n "__fish_mothership_using_subcommand htpasswd; and __fish_seen_subcommand_from delete" -l password -d 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)' -r
complete -c mothership -n "__fish_mothership_using_subcommand htpasswd; and __fish_seen_subcommand_from delete" -l cacert -d 'PEM file with the CA certificate (or the server\'s own) to trust' -r -F
complete -c mothership -n "__fish_mothership_using_subcommand htpasswd; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'JSON, for scripts'
yaml\t'YAML'
id\t'Only the IDs, one a line'"
complete -c mothership -n "__fish_mothership_using_subcommand htpasswd; and __fish_seen_subcommand_from delete" -l insecure -d 'Do not verify the server\'s TLS certificate (unsafe; `mothership init` pins it instead)'
complete -c mothership -n "__fish_mothership_using_subcommand htpasswd; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mothership -n "__fish_mothership_using_subcommand htpasswd; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c mothership -n "__fish_mothership_using_subcommand htpasswd; and __fish_seen_subcommand_from list" -l file -d 'The htpasswd file' -r -F
complete -c mothership -n "__fish_mothership_using_subcommand htpasswd; and __fish_seen_subcommand_from list" -l host -d 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]' -r
complete -c mothership -n "__fish_mothership_using_subcommand htpasswd; and __fish_seen_subcommand_from list" -l username -d 'User name for basic auth' -r
complete -c mothership -n "__fish_mothership_using_subcommand htpasswd; and __fish_seen_subcommand_from list" -l password -d 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)' -r
complete -c mothership -n "__fish_mothership_using_subcommand htpasswd; and __fish_seen_subcommand_from list" -l cacert -d 'PEM file with the CA certificate (or the server\'s own) to trust' -r -F
complete -c mothership -n "__fish_mothership_using_subcommand htpasswd; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'JSON, for scripts'
yaml\t'YAML'
id\t'Only the IDs, one a line'"
complete -c mothership -n "__fish_mothership_using_subcommand htpasswd; and __fish_seen_subcommand_from list" -l insecure -d 'Do not verify the server\'s TLS certificate (unsafe; `mothership init` pins it instead)'
complete -c mothership -n "__fish_mothership_using_subcommand htpasswd; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mothership -n "__fish_mothership_using_subcommand htpasswd; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c mothership -n "__fish_mothership_using_subcommand htpasswd; and __fish_seen_subcommand_from verify" -l file -d 'The htpasswd file' -r -F
complete -c mothership -n "__fish_mothership_using_subcommand htpasswd; and __fish_seen_subcommand_from verify" -l cost -d 'bcrypt cost (4-31); each step doubles the work' -r
complete -c mothership -n "__fish_mothership_using_subcommand htpasswd; and __fish_seen_subcommand_from verify" -l host -d 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]' -r
complete -c mothership -n "__fish_mothership_using_subcommand htpasswd; and __fish_seen_subcommand_from verify" -l username -d 'User name for basic auth' -r
complete -c mothership -n "__fish_mothership_using_subcommand htpasswd; and __fish_seen_subcommand_from verify" -l password -d 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)' -r
complete -c mothership -n "__fish_mothership_using_subcommand htpasswd; and __fish_seen_subcommand_from verify" -l cacert -d 'PEM file with the CA certificate (or the server\'s own) to trust' -r -F
complete -c mothership -n "__fish_mothership_using_subcommand htpasswd; and __fish_seen_subcommand_from verify" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'JSON, for scripts'
yaml\t'YAML'
id\t'Only the IDs, one a line'"
complete -c mothership -n "__fish_mothership_using_subcommand htpasswd; and __fish_seen_subcommand_from verify" -l password-stdin -d 'Read the password from the first line of standard input instead of prompting'
complete -c mothership -n "__fish_mothership_using_subcommand htpasswd; and __fish_seen_subcommand_from verify" -l insecure -d 'Do not verify the server\'s TLS certificate (unsafe; `mothership init` pins it instead)'
complete -c mothership -n "__fish_mothership_using_subcommand htpasswd; and __fish_seen_subcommand_from verify" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mothership -n "__fish_mothership_using_subcommand htpasswd; and __fish_seen_subcommand_from verify" -s V -l version -d 'Print version'
complete -c mothership -n "__fish_mothership_using_subcommand htpasswd; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a user, or replace an existing user\'s password'
complete -c mothership -n "__fish_mothership_using_subcommand htpasswd; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Remove a user'
complete -c mothership -n "__fish_mothership_using_subcommand htpasswd; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the users in the file'
complete -c mothership -n "__fish_mothership_using_subcommand htpasswd; and __fish_seen_subcommand_from help" -f -a "verify" -d 'Check a user\'s password (exit 0 when it matches, 3 when not)'
complete -c mothership -n "__fish_mothership_using_subcommand htpasswd; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mothership -n "__fish_mothership_using_subcommand completions" -l host -d 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]' -r
complete -c mothership -n "__fish_mothership_using_subcommand completions" -l username -d 'User name for basic auth' -r
complete -c mothership -n "__fish_mothership_using_subcommand completions" -l password -d 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)' -r
complete -c mothership -n "__fish_mothership_using_subcommand completions" -l cacert -d 'PEM file with the CA certificate (or the server\'s own) to trust' -r -F
complete -c mothership -n "__fish_mothership_using_subcommand completions" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'JSON, for scripts'
yaml\t'YAML'
id\t'Only the IDs, one a line'"
complete -c mothership -n "__fish_mothership_using_subcommand completions" -l insecure -d 'Do not verify the server\'s TLS certificate (unsafe; `mothership init` pins it instead)'
complete -c mothership -n "__fish_mothership_using_subcommand completions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mothership -n "__fish_mothership_using_subcommand completions" -s V -l version -d 'Print version'
complete -c mothership -n "__fish_mothership_using_subcommand man" -l host -d 'Server to talk to: a URL or host:port [default: from `mothership init`, else https://localhost:8080]' -r
complete -c mothership -n "__fish_mothership_using_subcommand man" -l username -d 'User name for basic auth' -r
complete -c mothership -n "__fish_mothership_using_subcommand man" -l password -d 'Password for basic auth (prefer MOTHERSHIP_PASSWORD or `mothership init`)' -r
complete -c mothership -n "__fish_mothership_using_subcommand man" -l cacert -d 'PEM file with the CA certificate (or the server\'s own) to trust' -r -F
complete -c mothership -n "__fish_mothership_using_subcommand man" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'JSON, for scripts'
yaml\t'YAML'
id\t'Only the IDs, one a line'"
complete -c mothership -n "__fish_mothership_using_subcommand man" -l insecure -d 'Do not verify the server\'s TLS certificate (unsafe; `mothership init` pins it instead)'
complete -c mothership -n "__fish_mothership_using_subcommand man" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mothership -n "__fish_mothership_using_subcommand man" -s V -l version -d 'Print version'
complete -c mothership -n "__fish_mothership_using_subcommand help; and not __fish_seen_subcommand_from serve init info htpasswd completions man help" -f -a "serve" -d 'Run the Mothership server (API on :8080, uplink hangar on :9090)'
complete -c mothership -n "__fish_mothership_using_subcommand help; and not __fish_seen_subcommand_from serve init info htpasswd completions man help" -f -a "init" -d 'Point this client at a server: asks for host and credentials, pins its certificate'
complete -c mothership -n "__fish_mothership_using_subcommand help; and not __fish_seen_subcommand_from serve init info htpasswd completions man help" -f -a "info" -d 'Show the server\'s name, version and uptime'
complete -c mothership -n "__fish_mothership_using_subcommand help; and not __fish_seen_subcommand_from serve init info htpasswd completions man help" -f -a "htpasswd" -d 'Manage the users of an htpasswd file (bcrypt, as Apache\'s `htpasswd -B` writes it)'
complete -c mothership -n "__fish_mothership_using_subcommand help; and not __fish_seen_subcommand_from serve init info htpasswd completions man help" -f -a "completions" -d 'Print a shell completion script'
complete -c mothership -n "__fish_mothership_using_subcommand help; and not __fish_seen_subcommand_from serve init info htpasswd completions man help" -f -a "man" -d 'Write man pages, one per subcommand, into a directory'
complete -c mothership -n "__fish_mothership_using_subcommand help; and not __fish_seen_subcommand_from serve init info htpasswd completions man help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mothership -n "__fish_mothership_using_subcommand help; and __fish_seen_subcommand_from htpasswd" -f -a "add" -d 'Add a user, or replace an existing user\'s password'
complete -c mothership -n "__fish_mothership_using_subcommand help; and __fish_seen_subcommand_from htpasswd" -f -a "delete" -d 'Remove a user'
complete -c mothership -n "__fish_mothership_using_subcommand help; and __fish_seen_subcommand_from htpasswd" -f -a "list" -d 'List the users in the file'
complete -c mothership -n "__fish_mothership_using_subcommand help; and __fish_seen_subcommand_from htpasswd" -f -a "verify" -d 'Check a user\'s password (exit 0 when it matches, 3 when not)'

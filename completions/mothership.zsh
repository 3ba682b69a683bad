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
'--clean=[Empty the runtime directory (images, instances, builds) before starting]::BOOL:(true false)' \
'--serverauth=[API authentication \[default\: basic\]]:METHOD:((basic\:"HTTP basic auth against the htpasswd file"
none\:"No authentication (only behind something that authenticates for us)"))' \
'--serverport=[Port of the HTTPS API \[default\: 8080\]]:PORT:_default' \
'--uplinkport=[Port of the uplink hangar that instances dock to \[default\: 9090\]]:PORT:_default' \
'--noservertls=[Serve the API over plain HTTP]::BOOL:(true false)' \
'--nouplinktls=[Serve the uplink over plain HTTP/WS]::BOOL:(true false)' \
'--verboselogging=[Log every request and debug details]::BOOL:(true false)' \
'--dockeroptions=[docker-run style options for build containers, e.g. "--privileged --memory 2g"]:OPTIONS:_default' \
'--config=[Config file \[default\: <config-dir>/config.yaml, if it exists\]]:FILE:_files' \
'--config-dir=[Directory of config.yaml, .htpasswd, cert.pem and key.pem \[default\: config_files\]]:DIR:_files' \
'--runtime-dir=[Directory of the state that survives restarts \[default\: runtime_files\]]:DIR:_files' \
'--bind=[Address to listen on \[default\: 0.0.0.0\]]:ADDR:_default' \
'--htpasswd=[htpasswd file of the API users \[default\: <config-dir>/.htpasswd\]]:FILE:_files' \
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
(htpasswd)
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
'--password-stdin[Read the password from the first line of standard input instead of prompting]' \
'--insecure[Do not verify the server'\''s TLS certificate (unsafe; \`mothership init\` pins it instead)]' \
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
':user -- User name:_default' \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
'--file=[The htpasswd file]:FILE:_files' \
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
(verify)
_arguments "${_arguments_options[@]}" : \
'--file=[The htpasswd file]:FILE:_files' \
'--cost=[bcrypt cost (4-31); each step doubles the work]:COST:_default' \
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
'--password-stdin[Read the password from the first line of standard input instead of prompting]' \
'--insecure[Do not verify the server'\''s TLS certificate (unsafe; \`mothership init\` pins it instead)]' \
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
(completions)
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
':shell -- The shell to complete for:(bash elvish fish powershell zsh)' \
&& ret=0
;;
(man)
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
'htpasswd:Manage the users of an htpasswd file (bcrypt, as Apache'\''s \`htpasswd -B\` writes it)' \
'completions:Print a shell completion script' \
'man:Write man pages, one per subcommand, into a directory' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'mothership commands' commands "$@"
}
(( $+functions[_mothership__subcmd__completions_commands] )) ||
_mothership__subcmd__completions_commands() {
    local commands; commands=()
    _describe -t commands 'mothership completions commands' commands "$@"
}
(( $+functions[_mothership__subcmd__help_commands] )) ||
_mothership__subcmd__help_commands() {
    local commands; commands=(
'serve:Run the Mothership server (API on \:8080, uplink hangar on \:9090)' \
'init:Point this client at a server\: asks for host and credentials, pins its certificate' \
'info:Show the server'\''s name, version and uptime' \
'htpasswd:Manage the users of an htpasswd file (bcrypt, as Apache'\''s \`htpasswd -B\` writes it)' \
'completions:Print a shell completion script' \
'man:Write man pages, one per subcommand, into a directory' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'mothership help commands' commands "$@"
}
(( $+functions[_mothership__subcmd__help__subcmd__completions_commands] )) ||
_mothership__subcmd__help__subcmd__completions_commands() {
    local commands; commands=()
    _describe -t commands 'mothership help completions commands' commands "$@"
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
'delete:Remove a user' \
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
(( $+functions[_mothership__subcmd__help__subcmd__man_commands] )) ||
_mothership__subcmd__help__subcmd__man_commands() {
    local commands; commands=()
    _describe -t commands 'mothership help man commands' commands "$@"
}
(( $+functions[_mothership__subcmd__help__subcmd__serve_commands] )) ||
_mothership__subcmd__help__subcmd__serve_commands() {
    local commands; commands=()
    _describe -t commands 'mothership help serve commands' commands "$@"
}
(( $+functions[_mothership__subcmd__htpasswd_commands] )) ||
_mothership__subcmd__htpasswd_commands() {
    local commands; commands=(
'add:Add a user, or replace an existing user'\''s password' \
'delete:Remove a user' \
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
'delete:Remove a user' \
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
(( $+functions[_mothership__subcmd__man_commands] )) ||
_mothership__subcmd__man_commands() {
    local commands; commands=()
    _describe -t commands 'mothership man commands' commands "$@"
}
(( $+functions[_mothership__subcmd__serve_commands] )) ||
_mothership__subcmd__serve_commands() {
    local commands; commands=()
    _describe -t commands 'mothership serve commands' commands "$@"
}

if [ "$funcstack[1]" = "_mothership" ]; then
    _mothership "$@"
else
    compdef _mothership mothership
fi

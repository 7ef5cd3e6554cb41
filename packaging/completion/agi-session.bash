# bash completion for agi-session (installed as bash-completion/completions/agi-session)

_agi_session_ids()
{
    # Session ids from the server the command line would use (with its --demo / --base-url).
    local -a server=()
    local i
    for ((i = 1; i < ${#COMP_WORDS[@]} - 1; i++)); do
        case ${COMP_WORDS[i]} in
        --demo) server+=(--demo) ;;
        --base-url) server+=(--base-url "${COMP_WORDS[i + 1]}") ;;
        esac
    done
    timeout 5 agi-session list --quiet "${server[@]}" 2>/dev/null | awk 'NR > 1 { print $1 }'
}

_agi_session_snapshot_ids()
{
    # Session ids of the snapshot library (local: no request to the server).
    local -a server=()
    local i
    for ((i = 1; i < ${#COMP_WORDS[@]} - 1; i++)); do
        case ${COMP_WORDS[i]} in
        --demo) server+=(--demo) ;;
        --base-url) server+=(--base-url "${COMP_WORDS[i + 1]}") ;;
        esac
    done
    timeout 5 agi-session snapshots --json "${server[@]}" 2>/dev/null |
        sed -n 's/^ *"session_id": "\([^"]*\)".*/\1/p'
}

_agi_session()
{
    local cur prev words cword
    if declare -F _init_completion >/dev/null; then
        _init_completion || return
    else # without the bash-completion package
        words=("${COMP_WORDS[@]}")
        cword=$COMP_CWORD
        cur=${COMP_WORDS[COMP_CWORD]}
        prev=${COMP_WORDS[COMP_CWORD - 1]}
    fi

    local commands="list show screenshot export watch send answer pause resume cancel navigate create end snapshots"
    local global="--base-url --demo --json --quiet --verbose --help"
    local command="" i
    for ((i = 1; i < cword; i++)); do
        case ${words[i]} in
        --base-url) ((i++)) ;;
        -*) ;;
        *)
            command=${words[i]}
            break
            ;;
        esac
    done

    case $prev in
    --base-url)
        COMPREPLY=($(compgen -W "https://api.agi.tech" -- "$cur"))
        return
        ;;
    -o | --output | --out)
        if declare -F _filedir >/dev/null; then
            _filedir
        else
            COMPREPLY=($(compgen -f -- "$cur"))
        fi
        return
        ;;
    --until)
        COMPREPLY=($(compgen -W "finished error question url~ title~" -- "$cur"))
        [[ ${COMPREPLY[0]} == *~ ]] && compopt -o nospace
        return
        ;;
    --save)
        COMPREPLY=($(compgen -W "snapshot default" -- "$cur"))
        return
        ;;
    --status)
        COMPREPLY=($(compgen -W "initializing ready running paused completed error terminated" -- "$cur"))
        return
        ;;
    --format)
        COMPREPLY=($(compgen -W "zip json webp gif" -- "$cur"))
        return
        ;;
    --every | --timeout | --messages | --agent | --task | --restore-from | --from | --to | --max-duration)
        return
        ;;
    esac

    if [[ -z $command ]]; then
        if [[ $cur == -* ]]; then
            COMPREPLY=($(compgen -W "$global --version" -- "$cur"))
        else
            COMPREPLY=($(compgen -W "$commands" -- "$cur"))
        fi
        return
    fi

    local options=""
    case $command in
    list) options="--status" ;;
    show) options="--messages" ;;
    screenshot) options="-o --output" ;;
    export) options="--format -o --output --from --to --max-duration" ;;
    watch) options="--every --out --until --timeout" ;;
    create) options="--agent --task --restore-default --restore-from" ;;
    end) options="--save --yes" ;;
    snapshots) options="--yes" ;;
    esac
    if [[ $cur == -* ]]; then
        COMPREPLY=($(compgen -W "$global $options" -- "$cur"))
        return
    fi
    # The first argument after the command is a session id (create and list take none).
    case $command in
    list | create) ;;
    snapshots)
        local -a rest=()
        for ((i = i + 1; i < cword; i++)); do
            case ${words[i]} in
            --base-url) ((i++)) ;;
            -*) ;;
            *) rest+=("${words[i]}") ;;
            esac
        done
        if ((${#rest[@]} == 0)); then
            COMPREPLY=($(compgen -W "list rename forget make-default export import" -- "$cur"))
        elif ((${#rest[@]} == 1)); then
            case ${rest[0]} in
            rename | forget | make-default) COMPREPLY=($(compgen -W "$(_agi_session_snapshot_ids)" -- "$cur")) ;;
            export | import)
                if declare -F _filedir >/dev/null; then
                    _filedir
                else
                    COMPREPLY=($(compgen -f -- "$cur"))
                fi
                ;;
            esac
        fi
        ;;
    *)
        local arguments=0
        for ((i = i + 1; i < cword; i++)); do
            case ${words[i]} in
            --base-url | -o | --output | --out | --until | --save | --status | --every | --timeout | --messages | \
                --format | --from | --to | --max-duration | --agent | --task | --restore-from) ((i++)) ;;
            -*) ;;
            *) ((arguments++)) ;;
            esac
        done
        ((arguments == 0)) && COMPREPLY=($(compgen -W "$(_agi_session_ids)" -- "$cur"))
        ;;
    esac
} && complete -F _agi_session agi-session

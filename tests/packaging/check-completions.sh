#!/bin/sh
# The shell completions of agi-session parse, load, and know every command and option the binary
# documents, so they cannot drift from it.
#   check-completions.sh AGI_SESSION_BINARY BASH_COMPLETION ZSH_COMPLETION
set -eu
binary=$1
bash_file=$2
zsh_file=$3
failed=0
fail() {
    echo "FAIL: $*" >&2
    failed=1
}

bash -n "$bash_file" || fail "bash -n $bash_file"
zsh -n "$zsh_file" || fail "zsh -n $zsh_file"

# bash: sourcing defines the function and registers it for agi-session.
bash --norc --noprofile -c '. "$1" && declare -F _agi_session >/dev/null && complete -p agi-session' \
    sh "$bash_file" >/dev/null || fail "bash: sourcing $bash_file does not register _agi_session"

# zsh: compinit finds the file on fpath (by its #compdef line) and its function loads.
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$zsh_file" "$work/_agi-session"
ZDOTDIR=$work zsh -f -c '
    fpath=("$1" $fpath)
    autoload -U compinit && compinit -u -d "$1/zcompdump" || exit 1
    [[ ${_comps[agi-session]} == _agi-session ]] || { echo "compinit did not register _agi-session" >&2; exit 1; }
    autoload +X _agi-session || exit 1
    (( $+functions[_agi-session] ))
' zsh "$work" || fail "zsh: compinit does not load $zsh_file"

# Every command of `agi-session --help`, and every option of `agi-session COMMAND --help`.
commands=$(QT_QPA_PLATFORM=offscreen "$binary" --help | awk '/^Commands:/ { on = 1; next } on && /^$/ { exit } on { print $1 }')
[ -n "$commands" ] || fail "no commands in '$binary --help'"
for command in $commands; do
    grep -Eq "(^|[ \"])$command( |\"|$)" "$bash_file" || fail "bash completion lacks the command '$command'"
    grep -q "'$command:" "$zsh_file" || fail "zsh completion lacks the command '$command'"
    options=$(QT_QPA_PLATFORM=offscreen "$binary" "$command" --help | grep -Eo -- '--[a-z][a-z-]+' | sort -u)
    for option in $options; do
        case $option in --help | --help-all | --version) continue ;; esac
        grep -Eq -- "$option([^a-z-]|\$)" "$bash_file" || fail "bash completion lacks '$command $option'"
        grep -Eq -- "$option([^a-z-]|\$)" "$zsh_file" || fail "zsh completion lacks '$command $option'"
    done
done
# The formats `export --format` takes (each named by its --help).
formats="zip json webp gif"
help=$(QT_QPA_PLATFORM=offscreen "$binary" export --help)
for format in $formats; do
    echo "$help" | grep -qw "$format" || fail "'export --help' does not name the format '$format'"
done
grep -q "compgen -W \"$formats\"" "$bash_file" || fail "bash completion lacks the export formats: $formats"
grep -q "format:($formats)" "$zsh_file" || fail "zsh completion lacks the export formats: $formats"
exit $failed

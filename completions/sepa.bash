# bash completion for sepa(1). Plain bash: it needs neither the bash-completion package nor
# anything else. Durations are offered from your own ladder (`sepa _durations`), read from the
# file named with --file on the line being completed, else from SEPA_FILE or the default.

# A word of the line as the shell will hand it to sepa: quotes and backslashes taken off, and an
# unquoted ~ at the start made $HOME ("My Folder/x", My\ Folder/x and 'My Folder/x' are all the
# same path). Done by hand rather than with eval, so nothing typed on the line is ever run. An
# unclosed quote (a word still being typed) is read to its end.
_sepa_dequote()
{
    local word=$1 out="" quote="" c i
    for ((i = 0; i < ${#word}; i++)); do
        c=${word:i:1}
        if [[ $quote == "'" ]]; then
            if [[ $c == "'" ]]; then quote=""; else out+=$c; fi
        elif [[ $quote == '"' ]]; then
            if [[ $c == '"' ]]; then
                quote=""
            elif [[ $c == '\' && ${word:i+1:1} == [\"\\\$\`] ]]; then
                out+=${word:i+1:1}
                i=$((i + 1))
            else
                out+=$c
            fi
        elif [[ $c == "'" || $c == '"' ]]; then
            quote=$c
        elif [[ $c == '\' ]]; then
            out+=${word:i+1:1}
            i=$((i + 1))
        else
            out+=$c
        fi
    done
    if [[ $word == "~" || $word == "~/"* ]]; then
        out=$HOME${out:1}
    fi
    printf '%s' "$out"
}

# Paths beginning with the word being completed, one reply each however many spaces they hold;
# `-o filenames` has bash quote them as it puts them on the line.
_sepa_files()
{
    local cur line
    cur=$(_sepa_dequote "$1")
    compopt -o filenames 2>/dev/null || :
    COMPREPLY=()
    while IFS= read -r line; do
        COMPREPLY+=("$line")
    done < <(compgen -f -- "$cur")
}

# The ladder's rung lengths, one per line.
_sepa_durations()
{
    local i file=""
    for ((i = 1; i < ${#COMP_WORDS[@]}; i++)); do
        case ${COMP_WORDS[i]} in
            --file) file=$(_sepa_dequote "${COMP_WORDS[i + 1]}") ;;
            --file=*) file=$(_sepa_dequote "${COMP_WORDS[i]#--file=}") ;;
        esac
    done
    if [[ -n $file ]]; then
        command sepa --file "$file" _durations 2>/dev/null
    else
        command sepa _durations 2>/dev/null
    fi
}

# Completes the value of an option; returns 1 when `option` takes no value.
_sepa_value()
{
    local option=$1 cur=$2
    case $option in
        --file | --output) _sepa_files "$cur" ;;
        --color) COMPREPLY=($(compgen -W "auto always never" -- "$cur")) ;;
        --anxiety | --urge | --peak | --after)
            COMPREPLY=($(compgen -W "0 1 2 3 4 5 6 7 8 9 10" -- "$cur"))
            ;;
        --happened) COMPREPLY=($(compgen -W "no partly yes" -- "$cur")) ;;
        --likely | --likely-before | --likely-after) COMPREPLY=($(compgen -W "0 10 20 30 40 50 60 70 80 90 100" -- "$cur")) ;;
        --format) COMPREPLY=($(compgen -W "text json csv markdown html" -- "$cur")) ;;
        --at | --started | --ended) COMPREPLY=($(compgen -W "-5m -10m -15m -30m" -- "$cur")) ;;
        --planned) COMPREPLY=($(_sepa_durations)) ;;
        --activity) COMPREPLY=() ;;
        --predict | --praise | --note | --since | --remove | --coped | --used) COMPREPLY=() ;;
        *) return 1 ;;
    esac
    return 0
}

_sepa()
{
    local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD - 1]}
    local commands="plan start checkin done status why partner week report remind diagnostics merge undo cancel edit help"
    local plan_commands="add remove wait strength emergency safety message card names next"
    local globals="--file --no-input --color --help"
    local i word cmd="" sub="" args=0
    COMPREPLY=()

    # The command, plan's subcommand, and how many arguments came before the current word.
    for ((i = 1; i < COMP_CWORD; i++)); do
        word=${COMP_WORDS[i]}
        case $word in
            --*=*) continue ;;
            --file | --color | --anxiety | --predict | --at | --urge | --peak | --after | \
                --happened | --praise | --note | --format | --since | --remove | --after-days | \
                --started | --ended | --planned | --activity | --likely-before | --likely-after | \
                --likely | --coped | --used | --confidence | --went-well | --needed | \
                --thanks | --baby | --for | --parent | --partner | --ahead | --output)
                i=$((i + 1))
                continue
                ;;
            -*) continue ;;
        esac
        if [[ -z $cmd ]]; then
            cmd=$word
        elif [[ ($cmd == plan || $cmd == help) && -z $sub ]]; then
            sub=$word
        else
            args=$((args + 1))
        fi
    done

    if [[ $cur == --*=* ]]; then
        local option=${cur%%=*}
        _sepa_value "$option" "${cur#*=}" && return 0
    fi
    _sepa_value "$prev" "$cur" && return 0

    local options=""
    case $cmd/$sub in
        /) options="$globals --version" ;;
        plan/strength | plan/emergency | plan/safety | plan/next) options="--remove" ;;
        plan/names) options="--parent --partner --clear" ;;
        week/) options="--format --since --output" ;;
        /plan | plan/) options="--format" ;;
        status/) options="--format" ;;
        start/) options="--anxiety --predict --likely --at --format" ;;
        checkin/) options="--urge --passed --texted --emergency --no-wait --format" ;;
        done/) options="--peak --after --happened --likely --coped --used --praise --note --at --format" ;;
        why/) options="--format" ;;
        partner/) options="--confidence --went-well --needed --thanks --baby --for --format" ;;
        report/) options="--format --since --output" ;;
        remind/) options="--after-days --ahead --format" ;;
        cancel/) options="--format" ;;
        undo/) options="--list --format" ;;
        edit/) options="--started --ended --planned --activity --anxiety --predict --likely-before --peak --after --happened --likely-after --coped --used --no-used --praise --note --format" ;;
    esac
    if [[ $cur == -* ]]; then
        [[ -n $cmd ]] && options="$options $globals"
        COMPREPLY=($(compgen -W "$options" -- "$cur"))
        return 0
    fi

    case $cmd/$sub in
        /) COMPREPLY=($(compgen -W "$commands" -- "$cur")) ;;
        plan/) COMPREPLY=($(compgen -W "$plan_commands" -- "$cur")) ;;
        start/ | plan/remove | why/)
            ((args == 0)) && COMPREPLY=($(compgen -W "$(_sepa_durations)" -- "$cur"))
            ;;
        plan/add)
            ((args == 0)) && COMPREPLY=($(compgen -W "5m 10m 15m 20m 30m 45m 1h 1h30m 2h 3h 4h" -- "$cur"))
            ;;
        plan/wait) ((args == 0)) && COMPREPLY=($(compgen -W "20m 25m 30m" -- "$cur")) ;;
        merge/) _sepa_files "$cur" ;;
        help/) COMPREPLY=($(compgen -W "$commands" -- "$cur")) ;;
        help/plan) COMPREPLY=($(compgen -W "$plan_commands" -- "$cur")) ;;
    esac
    return 0
}

complete -F _sepa sepa

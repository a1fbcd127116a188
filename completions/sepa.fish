# fish completion for sepa(1). Durations are offered from your own ladder (`sepa _durations`),
# read from the file named with --file on the line being completed, else from SEPA_FILE or the
# default.

# The words typed so far that are not options or option values: the command, then its arguments.
function __sepa_words
    set -l tokens (commandline -opc)
    set -e tokens[1]
    set -l skip 0
    for token in $tokens
        if test $skip = 1
            set skip 0
            continue
        end
        switch $token
            case --file --color --anxiety --predict --at --urge --peak --after --happened \
                --praise --note --format --since --remove --after-days --likely --coped --used \
                --confidence --went-well --needed --thanks --baby --for --parent --partner --ahead
                set skip 1
            case '-*'
            case '*'
                echo $token
        end
    end
end

# True when the words typed so far are exactly the given ones (a command, and for plan and help
# a subcommand), so that the next word is the first one after them.
function __sepa_after
    set -l words (__sepa_words)
    test (count $words) -eq (count $argv); or return 1
    for i in (seq (count $argv))
        test "$words[$i]" = "$argv[$i]"; or return 1
    end
end

# True when the command (and for plan, its subcommand) is the one given, wherever the cursor is.
function __sepa_using
    set -l words (__sepa_words)
    for i in (seq (count $argv))
        test "$words[$i]" = "$argv[$i]"; or return 1
    end
end

function __sepa_durations
    set -l tokens (commandline -opc)
    set -l file
    for i in (seq (count $tokens))
        switch $tokens[$i]
            case --file
                set file $tokens[(math $i + 1)]
            case '--file=*'
                set file (string replace -- --file= '' $tokens[$i])
        end
    end
    if test -n "$file"
        command sepa --file (string replace -r '^~' $HOME -- $file) _durations 2>/dev/null
    else
        command sepa _durations 2>/dev/null
    end
end

complete -c sepa -f

# Anywhere on the line.
complete -c sepa -l file -r -F -d 'The ladder file'
complete -c sepa -l no-input -d 'Never ask questions, even on a terminal'
complete -c sepa -l color -x -a 'auto always never' -d 'When to use colour'
complete -c sepa -s h -l help -d 'Show help'
complete -c sepa -n '__sepa_after' -l version -d 'Show the version'

# Commands.
complete -c sepa -n '__sepa_after' -a plan -d 'Show your ladder, or change it'
complete -c sepa -n '__sepa_after' -a start -d 'Begin a separation'
complete -c sepa -n '__sepa_after' -a checkin -d 'The urge to call home: wait first, then one text'
complete -c sepa -n '__sepa_after' -a done -d 'End the open separation and record how it went'
complete -c sepa -n '__sepa_after' -a status -d 'The separation under way, or the next rung'
complete -c sepa -n '__sepa_after' -a why -d 'How the ladder judged each separation'
complete -c sepa -n '__sepa_after' -a partner -d "The partner's side of a separation"
complete -c sepa -n '__sepa_after' -a week -d 'The week, to read together'
complete -c sepa -n '__sepa_after' -a report -d 'The way you have come'
complete -c sepa -n '__sepa_after' -a remind -d 'A nudge for cron, only when there is something to say'
complete -c sepa -n '__sepa_after' -a diagnostics -d 'What sepa is using, for a bug report'
complete -c sepa -n '__sepa_after' -a merge -d 'Bring another copy of your ladder into this one'
complete -c sepa -n '__sepa_after' -a undo -d 'Take back the last change to your ladder'
complete -c sepa -n '__sepa_after' -a cancel -d 'Discard a separation started by mistake'
complete -c sepa -n '__sepa_after' -a edit -d 'Correct what was recorded for a separation'
complete -c sepa -n '__sepa_after' -a help -d 'Show help for sepa or one command'

# plan
complete -c sepa -n '__sepa_after plan; or __sepa_after help plan' -a add -d 'Add a rung, or change its activity'
complete -c sepa -n '__sepa_after plan; or __sepa_after help plan' -a remove -d 'Remove a rung; its history is kept'
complete -c sepa -n '__sepa_after plan; or __sepa_after help plan' -a wait -d 'Set the wait before calling (20 to 30 min)'
complete -c sepa -n '__sepa_after plan; or __sepa_after help plan' -a strength -d 'Add a partner strength'
complete -c sepa -n '__sepa_after plan; or __sepa_after help plan' -a emergency -d 'Add an agreed emergency'
complete -c sepa -n '__sepa_after plan; or __sepa_after help plan' -a safety -d 'Add a safety behaviour to fade'
complete -c sepa -n '__sepa_after plan; or __sepa_after help plan' -a message -d 'Set the one simple check-in text'
complete -c sepa -n '__sepa_after plan; or __sepa_after help plan' -a card -d 'A one-screen card for your partner'
complete -c sepa -n '__sepa_after plan; or __sepa_after help plan' -a names -d 'The names messages use for you two'
complete -c sepa -n '__sepa_after plan; or __sepa_after help plan' -a next -d 'Plan a separation ahead, together'
complete -c sepa -n '__sepa_using plan names' -l parent -x -d 'The parent who goes out'
complete -c sepa -n '__sepa_using plan names' -l partner -x -d 'The partner who stays with the baby'
complete -c sepa -n '__sepa_using plan names' -l clear -d 'Forget both names'
complete -c sepa -n '__sepa_after plan next' -a 'today tomorrow mon tue wed thu fri sat sun' -d 'Day'
complete -c sepa -n '__sepa_using plan next' -l remove -x -d 'Remove planned separation N'
complete -c sepa -n '__sepa_after plan add' -k -a '5m 10m 15m 20m 30m 45m 1h 1h30m 2h 3h 4h' -d 'Duration'
complete -c sepa -n '__sepa_after plan remove' -k -a '(__sepa_durations)' -d 'Your rung'
complete -c sepa -n '__sepa_after plan wait' -a '20m 25m 30m' -d 'Wait'
complete -c sepa -n '__sepa_using plan strength; or __sepa_using plan emergency; or __sepa_using plan safety' -l remove -x -d 'Remove item N'

# start
complete -c sepa -n '__sepa_after start' -k -a '(__sepa_durations)' -d 'Your rung'
complete -c sepa -n '__sepa_using start' -l anxiety -x -a '(seq 0 10)' -d 'How anxious you feel now, 0-10'
complete -c sepa -n '__sepa_using start' -l predict -x -d 'What you fear will happen'
complete -c sepa -n '__sepa_using start' -l likely -x -a '0 10 20 30 40 50 60 70 80 90 100' -d 'How likely it feels, 0-100'
complete -c sepa -n '__sepa_using start; or __sepa_using done' -l at -x -a '-5m -10m -15m -30m' -d 'HH:MM, -10m or an RFC 3339 time'
complete -c sepa -n '__sepa_using start; or __sepa_using done; or __sepa_after plan' -l format -x -a 'text json' -d 'How to print it'
complete -c sepa -n '__sepa_using status' -l format -x -a 'text json short' -d 'How to print it'

# checkin
complete -c sepa -n '__sepa_using checkin' -l urge -x -a '(seq 0 10)' -d 'How strong the urge is, 0-10'
complete -c sepa -n '__sepa_using checkin' -l passed -d 'The worry has passed'
complete -c sepa -n '__sepa_using checkin' -l texted -d 'You sent the one text'
complete -c sepa -n '__sepa_using checkin' -l emergency -d 'An agreed emergency: skip the wait'
complete -c sepa -n '__sepa_using checkin' -l no-wait -d 'Print the time left and return at once'
complete -c sepa -n '__sepa_using checkin' -l format -x -a 'text json' -d 'How to print it'

# done
complete -c sepa -n '__sepa_using done' -l peak -x -a '(seq 0 10)' -d 'The worry at its highest, 0-10'
complete -c sepa -n '__sepa_using done' -l after -x -a '(seq 0 10)' -d 'The worry now, 0-10'
complete -c sepa -n '__sepa_using done' -l happened -x -a 'no partly yes' -d 'Did what you feared happen?'
complete -c sepa -n '__sepa_using done' -l likely -x -a '0 10 20 30 40 50 60 70 80 90 100' -d 'How likely it feels now, 0-100'
complete -c sepa -n '__sepa_using done' -l coped -x -d 'If it happened: how you got through it'
complete -c sepa -n '__sepa_using done' -l used -x -d 'A safety behaviour you used, by number or words'
complete -c sepa -n '__sepa_using done' -l praise -x -d 'One specific thing your partner did well'
complete -c sepa -n '__sepa_using done' -l note -x -d 'Anything else worth remembering'

# week
complete -c sepa -n '__sepa_using week' -l format -x -a 'text markdown json' -d 'How to print it'
complete -c sepa -n '__sepa_using week' -l since -x -d 'The week starting on this day'
complete -c sepa -n '__sepa_using week' -l output -r -F -d 'Write it to this file, yours alone'

# partner
complete -c sepa -n '__sepa_using partner' -l confidence -x -a '0 1 2 3 4 5 6 7 8 9 10' -d 'How confident you felt'
complete -c sepa -n '__sepa_using partner' -l went-well -x -d 'What went well'
complete -c sepa -n '__sepa_using partner' -l needed -x -d 'One thing that would help next time'
complete -c sepa -n '__sepa_using partner' -l thanks -x -d 'A thank-you to the parent who went out'
complete -c sepa -n '__sepa_using partner' -l baby -x -d 'A short note on the baby'
complete -c sepa -n '__sepa_using partner' -l for -x -d 'Another separation, by its id'

# why
complete -c sepa -n '__sepa_after why' -k -a '(__sepa_durations)' -d 'Your rung'
complete -c sepa -n '__sepa_using why; or __sepa_using partner; or __sepa_using remind; or __sepa_using undo; or __sepa_using cancel; or __sepa_using edit' -l format -x -a 'text json' -d 'How to print it'

# remind
complete -c sepa -n '__sepa_using remind' -l after-days -x -a '1 2 3 5 7' -d 'Nudge after this many days without practice'
complete -c sepa -n '__sepa_using remind' -l ahead -x -a '15m 30m 1h 2h' -d 'Say a planned separation is near'
# report
complete -c sepa -n '__sepa_using report' -l format -x -a 'text json csv markdown html' -d 'How to print it'
complete -c sepa -n '__sepa_using report' -l since -x -d 'Only separations from this date on'
complete -c sepa -n '__sepa_using report' -l output -r -F -d 'Write it to this file, yours alone'

# merge
complete -c sepa -n '__sepa_after merge' -F -d 'The other copy of your ladder'

# undo
complete -c sepa -n '__sepa_using undo' -l list -d 'The changes that can be taken back'

# edit
complete -c sepa -n '__sepa_after edit' -a last -d 'The newest finished separation'
complete -c sepa -n '__sepa_using edit' -l started -x -d 'When you left'
complete -c sepa -n '__sepa_using edit' -l ended -x -d 'When you came back'
complete -c sepa -n '__sepa_using edit' -l planned -x -d 'The length you planned'
complete -c sepa -n '__sepa_using edit' -l activity -x -d 'What you did'
complete -c sepa -n '__sepa_using edit' -l anxiety -x -d 'How anxious you felt before, 0-10'
complete -c sepa -n '__sepa_using edit' -l predict -x -d 'What you feared'
complete -c sepa -n '__sepa_using edit' -l likely-before -x -d 'How likely it felt before, 0-100'
complete -c sepa -n '__sepa_using edit' -l peak -x -d 'The worry at its highest, 0-10'
complete -c sepa -n '__sepa_using edit' -l after -x -d 'The worry once back, 0-10'
complete -c sepa -n '__sepa_using edit' -l happened -x -d 'Did it happen: no, partly, yes'
complete -c sepa -n '__sepa_using edit' -l likely-after -x -d 'How likely it felt afterwards, 0-100'
complete -c sepa -n '__sepa_using edit' -l coped -x -d 'How you got through it'
complete -c sepa -n '__sepa_using edit' -l used -x -d 'A safety behaviour used (repeat)'
complete -c sepa -n '__sepa_using edit' -l praise -x -d 'One thing your partner did well'
complete -c sepa -n '__sepa_using edit' -l note -x -d 'Anything else'
complete -c sepa -n '__sepa_using edit' -l no-used -d 'None was used after all'

# help
complete -c sepa -n '__sepa_after help' -a 'plan start checkin done status why partner week report remind diagnostics merge undo cancel edit help'

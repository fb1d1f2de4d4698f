<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>CreateVaultDialog</name>
    <message>
        <source>Welcome to CoachDesk</source>
        <translation>Benvenuto in CoachDesk</translation>
    </message>
    <message>
        <source>CoachDesk keeps your notes in an encrypted vault on this computer. Choose a passphrase: a few unrelated words are easy to remember and hard to guess. Nobody can recover your notes without it or the recovery code.</source>
        <translation>CoachDesk custodisce i tuoi appunti in un archivio cifrato su questo computer. Scegli una passphrase: qualche parola senza legame tra loro è facile da ricordare e difficile da indovinare. Senza di essa o senza il codice di recupero nessuno può recuperare i tuoi appunti.</translation>
    </message>
    <message>
        <source>Vault folder</source>
        <translation>Cartella dell&apos;archivio</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Scegli…</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation>Ripeti la passphrase</translation>
    </message>
    <message>
        <source>Vault folder:</source>
        <translation>Cartella dell&apos;archivio:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Ripeti:</translation>
    </message>
    <message>
        <source>C&amp;reate vault</source>
        <translation>C&amp;rea l&apos;archivio</translation>
    </message>
    <message>
        <source>Folder for the vault</source>
        <translation>Cartella per l&apos;archivio</translation>
    </message>
    <message>
        <source>Too short: at least 8 characters.</source>
        <translation>Troppo corta: almeno 8 caratteri.</translation>
    </message>
    <message>
        <source>Weak: a few more words would help.</source>
        <translation>Debole: qualche parola in più aiuterebbe.</translation>
    </message>
    <message>
        <source>Good.</source>
        <translation>Buona.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Robusta.</translation>
    </message>
    <message>
        <source>The passphrase needs at least 8 characters.</source>
        <translation>La passphrase deve avere almeno 8 caratteri.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Le due passphrase sono diverse.</translation>
    </message>
    <message>
        <source>There is already a vault in that folder.</source>
        <translation>In quella cartella c&apos;è già un archivio.</translation>
    </message>
    <message>
        <source>Creating the vault…</source>
        <translation>Creazione dell&apos;archivio…</translation>
    </message>
    <message>
        <source>This is your recovery code. It opens the vault if you forget your passphrase. It is shown only now: write it down or save it, and keep it away from this computer.</source>
        <translation>Questo è il tuo codice di recupero: apre l&apos;archivio se dimentichi la passphrase. Viene mostrato solo ora: scrivilo o salvalo, e conservalo lontano da questo computer.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Codice di recupero</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copia</translation>
    </message>
    <message>
        <source>&amp;Save as text file…</source>
        <translation>&amp;Salva come file di testo…</translation>
    </message>
    <message>
        <source>I have &amp;stored the recovery code safely</source>
        <translation>Ho &amp;conservato il codice di recupero in un posto sicuro</translation>
    </message>
    <message>
        <source>&amp;Open my vault</source>
        <translation>&amp;Apri il mio archivio</translation>
    </message>
    <message>
        <source>Save the recovery code</source>
        <translation>Salva il codice di recupero</translation>
    </message>
    <message>
        <source>CoachDesk recovery code: {code}
</source>
        <translation>Codice di recupero di CoachDesk: {code}
</translation>
    </message>
</context>
<context>
    <name>ItemEditor</name>
    <message>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <source>Delete this note item</source>
        <translation>Elimina questa nota</translation>
    </message>
    <message>
        <source>Only you see reflections: they are never shared or reported.</source>
        <translation>Le riflessioni le vedi solo tu: non vengono mai condivise né riportate nei report.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Organisations and engagements</source>
        <translation>Organizzazioni e percorsi</translation>
    </message>
    <message>
        <source>Choose an engagement</source>
        <translation>Scegli un percorso</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessioni</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Blocca</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <source>&amp;Search notes</source>
        <translation>&amp;Cerca negli appunti</translation>
    </message>
    <message>
        <source>New note &amp;item</source>
        <translation>Nuova &amp;nota</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Impostazioni</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Lingua</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Lingua del sistema</translation>
    </message>
    <message>
        <source>&amp;Lock after idle time…</source>
        <translation>&amp;Blocco dopo inattività…</translation>
    </message>
    <message>
        <source>The new language applies the next time CoachDesk starts.</source>
        <translation>La nuova lingua vale dal prossimo avvio di CoachDesk.</translation>
    </message>
    <message>
        <source>Lock after idle time</source>
        <translation>Blocco dopo inattività</translation>
    </message>
    <message>
        <source>Lock CoachDesk after this many minutes without use:</source>
        <translation>Blocca CoachDesk dopo questi minuti senza utilizzo:</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Elaborazione…</translation>
    </message>
    <message>
        <source>No organisation</source>
        <translation>Nessuna organizzazione</translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation>senza scadenza</translation>
    </message>
    <message>
        <source>&lt;b&gt;Coachee:&lt;/b&gt; {coachee}&lt;br&gt;&lt;b&gt;Period:&lt;/b&gt; {start} – {end}&lt;br&gt;&lt;b&gt;Stakeholders:&lt;/b&gt; {stakeholders}&lt;br&gt;&lt;b&gt;Agreement:&lt;/b&gt; {agreement}</source>
        <translation>&lt;b&gt;Coachee:&lt;/b&gt; {coachee}&lt;br&gt;&lt;b&gt;Periodo:&lt;/b&gt; {start} – {end}&lt;br&gt;&lt;b&gt;Parti interessate:&lt;/b&gt; {stakeholders}&lt;br&gt;&lt;b&gt;Accordo:&lt;/b&gt; {agreement}</translation>
    </message>
    <message>
        <source>version {v} of {d}</source>
        <translation>versione {v} del {d}</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>nessuno per ora</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search every note…</source>
        <translation>Cerca in tutti gli appunti…</translation>
    </message>
    <message>
        <source>Search notes</source>
        <translation>Cerca negli appunti</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Risultati della ricerca</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Nessun risultato</translation>
    </message>
    <message numerus="yes">
        <source>Matches: %n, newest first</source>
        <translation>
            <numerusform>Risultati: %n, dai più recenti</numerusform>
            <numerusform>Risultati: %n, dai più recenti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Matches: %n so far, newest first; scroll for more</source>
        <translation>
            <numerusform>Risultati finora: %n, dai più recenti; scorri per vederne altri</numerusform>
            <numerusform>Risultati finora: %n, dai più recenti; scorri per vederne altri</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionEditor</name>
    <message>
        <source>Choose a session</source>
        <translation>Scegli una sessione</translation>
    </message>
    <message>
        <source>Kind of the new note item</source>
        <translation>Tipo della nuova nota</translation>
    </message>
    <message>
        <source>&amp;Add note item</source>
        <translation>&amp;Aggiungi nota</translation>
    </message>
    <message>
        <source>Add a note item (Ctrl+Return)</source>
        <translation>Aggiungi una nota (Ctrl+Invio)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Salvataggio…</translation>
    </message>
    <message>
        <source>Saved. Consent voided for {n} recipient(s): ask again.</source>
        <translation>Salvato. Consenso annullato per {n} destinatari: va richiesto di nuovo.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Salvato</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Non salvato: {reason}</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminata</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock CoachDesk</source>
        <translation>Sblocca CoachDesk</translation>
    </message>
    <message>
        <source>Enter your passphrase to open your notes.</source>
        <translation>Inserisci la passphrase per aprire i tuoi appunti.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Unlock status</source>
        <translation>Stato dello sblocco</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Sblocca</translation>
    </message>
    <message>
        <source>Type your passphrase first.</source>
        <translation>Prima scrivi la passphrase.</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Sblocco in corso…</translation>
    </message>
    <message>
        <source>Wrong passphrase. Please try again.</source>
        <translation>Passphrase errata. Riprova.</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Summary</source>
        <translation>Sintesi</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Osservazione</translation>
    </message>
    <message>
        <source>Insight</source>
        <translation>Intuizione</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Impegno</translation>
    </message>
    <message>
        <source>Concern</source>
        <translation>Preoccupazione</translation>
    </message>
    <message>
        <source>Reflection (private, never shared)</source>
        <translation>Riflessione (privata, mai condivisa)</translation>
    </message>
    <message>
        <source>coaching</source>
        <translation>coaching</translation>
    </message>
    <message>
        <source>training</source>
        <translation>formazione</translation>
    </message>
    <message>
        <source>check-in</source>
        <translation>check-in</translation>
    </message>
    <message>
        <source>three-way meeting</source>
        <translation>incontro a tre</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>pianificata</translation>
    </message>
    <message>
        <source>held</source>
        <translation>svolta</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annullata</translation>
    </message>
    <message>
        <source>did not attend</source>
        <translation>assente</translation>
    </message>
    <message>
        <source>sponsor</source>
        <translation>sponsor</translation>
    </message>
    <message>
        <source>line manager</source>
        <translation>responsabile diretto</translation>
    </message>
    <message>
        <source>HR</source>
        <translation>HR</translation>
    </message>
    <message>
        <source>team leader</source>
        <translation>team leader</translation>
    </message>
    <message>
        <source>customer-service manager</source>
        <translation>responsabile customer service</translation>
    </message>
    <message>
        <source>other</source>
        <translation>altro</translation>
    </message>
    <message>
        <source>coachee</source>
        <translation>coachee</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>Wrong passphrase.</source>
        <translation>Passphrase errata.</translation>
    </message>
    <message>
        <source>This vault is open in another CoachDesk window or process. Close it there first; nothing was changed.</source>
        <translation>Questo archivio è aperto in un&apos;altra finestra o processo di CoachDesk. Chiudilo lì prima; non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>The vault cannot be opened because a file is damaged or is not a CoachDesk vault. Nothing was changed. Restore it from a backup (see docs/backup.md).</source>
        <translation>L&apos;archivio non si può aprire perché un file è danneggiato o non è un archivio di CoachDesk. Non è stato modificato nulla. Ripristinalo da un backup (vedi docs/backup.md).</translation>
    </message>
    <message>
        <source>There is no vault in that folder.</source>
        <translation>In quella cartella non c&apos;è nessun archivio.</translation>
    </message>
    <message>
        <source>The disk is full. Nothing was changed; free some space and try again.</source>
        <translation>Il disco è pieno. Non è stato modificato nulla; libera un po&apos; di spazio e riprova.</translation>
    </message>
    <message>
        <source>Something went wrong ({kind}). Your saved notes are safe.</source>
        <translation>Qualcosa non ha funzionato ({kind}). Gli appunti salvati sono al sicuro.</translation>
    </message>
</context>
</TS>

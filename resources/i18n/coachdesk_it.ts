<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>ActionDialog</name>
    <message>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>Nuova azione</translation>
    </message>
    <message>
        <source>What will be done</source>
        <translation>Cosa verrà fatto</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(nessuno)</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Assegnata a</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Scade il</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>(no goal)</source>
        <translation>(nessun obiettivo)</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Obiettivo</translation>
    </message>
    <message>
        <source>(no KPI)</source>
        <translation>(nessun KPI)</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Azione:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>Asse&amp;gnata a:</translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation>&amp;Scadenza:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>S&amp;tato:</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>&amp;Obiettivo:</translation>
    </message>
    <message>
        <source>&amp;KPI:</source>
        <translation>&amp;KPI:</translation>
    </message>
    <message>
        <source>Say what will be done.</source>
        <translation>Scrivi cosa verrà fatto.</translation>
    </message>
</context>
<context>
    <name>ActionShareControl</name>
    <message>
        <source>blocked</source>
        <translation>bloccato</translation>
    </message>
    <message>
        <source>Blocked by the agreement: {reason}</source>
        <translation>Bloccato dall&apos;accordo: {reason}</translation>
    </message>
    <message>
        <source>shared</source>
        <translation>condivisa</translation>
    </message>
    <message>
        <source>Shared: text, owner, due date and status, in the action plan.</source>
        <translation>Condivisa: testo, a chi è assegnata, scadenza e stato, nel piano d&apos;azione.</translation>
    </message>
    <message>
        <source>not shared</source>
        <translation>non condivisa</translation>
    </message>
    <message>
        <source>Not shared with this recipient.</source>
        <translation>Non condivisa con questo destinatario.</translation>
    </message>
    <message>
        <source>Action shared with {who} ({role}): {state}</source>
        <translation>Azione condivisa con {who} ({role}): {state}</translation>
    </message>
</context>
<context>
    <name>ActionsPanel</name>
    <message>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Assegnata a</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Azioni</translation>
    </message>
    <message>
        <source>New &amp;action…</source>
        <translation>&amp;Nuova azione…</translation>
    </message>
    <message>
        <source>Edi&amp;t…</source>
        <translation>Mo&amp;difica…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Elimina…</translation>
    </message>
    <message>
        <source>Shared with:</source>
        <translation>Condivisa con:</translation>
    </message>
    <message>
        <source>Sharing of the selected action</source>
        <translation>Condivisione dell&apos;azione selezionata</translation>
    </message>
    <message>
        <source>{due} (overdue)</source>
        <translation>{due} (scaduta)</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Scaduta</translation>
    </message>
</context>
<context>
    <name>AgreeDialog</name>
    <message>
        <source>Coachee&apos;s agreement</source>
        <translation>Consenso del coachee</translation>
    </message>
    <message>
        <source>The coachee agrees that {name} ({role}) may receive this note.</source>
        <translation>Il coachee acconsente che {name} ({role}) riceva questa nota.</translation>
    </message>
    <message>
        <source>Date of the agreement</source>
        <translation>Data del consenso</translation>
    </message>
    <message>
        <source>How the coachee agreed</source>
        <translation>Come ha acconsentito il coachee</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>&amp;Come:</translation>
    </message>
    <message>
        <source>Mark &amp;agreed</source>
        <translation>Segna come conc&amp;ordata</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <source>New version of the agreement</source>
        <translation>Nuova versione dell&apos;accordo</translation>
    </message>
    <message>
        <source>{role} may receive {category}</source>
        <translation>{role} può ricevere {category}</translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation>Concordato il</translation>
    </message>
    <message>
        <source>Reporting cadence</source>
        <translation>Cadenza dei report</translation>
    </message>
    <message>
        <source>Confidentiality exceptions</source>
        <translation>Eccezioni alla riservatezza</translation>
    </message>
    <message>
        <source>Other terms</source>
        <translation>Altre condizioni</translation>
    </message>
    <message>
        <source>&amp;Agreed on:</source>
        <translation>&amp;Concordato il:</translation>
    </message>
    <message>
        <source>Reporting &amp;cadence:</source>
        <translation>Ca&amp;denza dei report:</translation>
    </message>
    <message>
        <source>Confidentiality &amp;exceptions:</source>
        <translation>&amp;Eccezioni alla riservatezza:</translation>
    </message>
    <message>
        <source>Other &amp;terms:</source>
        <translation>Altre c&amp;ondizioni:</translation>
    </message>
    <message>
        <source>&amp;Record this version</source>
        <translation>&amp;Registra questa versione</translation>
    </message>
    <message>
        <source>What each role may receive in reports, as agreed by all three:</source>
        <translation>Cosa può ricevere ciascun ruolo nei report, come concordato da tutte e tre le parti:</translation>
    </message>
</context>
<context>
    <name>AgreementDocDialog</name>
    <message>
        <source>Agreement document</source>
        <translation>Documento dell&apos;accordo</translation>
    </message>
    <message>
        <source>Version {v} of {d}</source>
        <translation>Versione {v} del {d}</translation>
    </message>
    <message>
        <source>Agreement version</source>
        <translation>Versione dell&apos;accordo</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglese</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italiano</translation>
    </message>
    <message>
        <source>Language of the document</source>
        <translation>Lingua del documento</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Versione:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Lingua:</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Salva…</translation>
    </message>
    <message>
        <source>Save the agreement document</source>
        <translation>Salva il documento dell&apos;accordo</translation>
    </message>
</context>
<context>
    <name>AgreementPanel</name>
    <message>
        <source>What each role may receive</source>
        <translation>Cosa può ricevere ciascun ruolo</translation>
    </message>
    <message>
        <source>Earlier versions</source>
        <translation>Versioni precedenti</translation>
    </message>
    <message>
        <source>New &amp;version…</source>
        <translation>&amp;Nuova versione…</translation>
    </message>
    <message>
        <source>Agreement &amp;document…</source>
        <translation>&amp;Documento dell&apos;accordo…</translation>
    </message>
    <message>
        <source>A PDF for coach, coachee and stakeholders to read and sign</source>
        <translation>Un PDF che coach, coachee e interessati leggono e firmano</translation>
    </message>
    <message>
        <source>&lt;b&gt;History&lt;/b&gt;</source>
        <translation>&lt;b&gt;Storico&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No agreement yet: nothing can be shared until one is recorded.</source>
        <translation>Nessun accordo per ora: nulla si può condividere finché non ne viene registrato uno.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Version {v}&lt;/b&gt;, agreed on {d}</source>
        <translation>&lt;b&gt;Versione {v}&lt;/b&gt;, concordata il {d}</translation>
    </message>
    <message>
        <source>{role} may receive {category}</source>
        <translation>{role} può ricevere {category}</translation>
    </message>
    <message>
        <source>{role} may not receive {category}</source>
        <translation>{role} non può ricevere {category}</translation>
    </message>
    <message>
        <source>Version {v} of {d}</source>
        <translation>Versione {v} del {d}</translation>
    </message>
    <message>
        <source>Reporting cadence: {c}</source>
        <translation>Cadenza dei report: {c}</translation>
    </message>
    <message>
        <source>Confidentiality exceptions: {e}</source>
        <translation>Eccezioni alla riservatezza: {e}</translation>
    </message>
</context>
<context>
    <name>BoardDialog</name>
    <message>
        <source>Disclosure board</source>
        <translation>Quadro delle comunicazioni</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dal</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Al</translation>
    </message>
    <message>
        <source>Board message</source>
        <translation>Messaggio del quadro</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Dal:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Al:</translation>
    </message>
    <message>
        <source>For each recipient: exactly what a report would contain now, and what the coachee has not agreed to yet. Go through it together at the end of a session.</source>
        <translation>Per ogni destinatario: esattamente ciò che un report conterrebbe ora, e ciò a cui il coachee non ha ancora acconsentito. Rivedetelo insieme alla fine di una sessione.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Caricamento…</translation>
    </message>
    <message>
        <source>A report would be refused: {reason}</source>
        <translation>Un report verrebbe rifiutato: {reason}</translation>
    </message>
    <message>
        <source>{title}: {start} – {end}</source>
        <translation>{title}: {start} – {end}</translation>
    </message>
    <message>
        <source>Nothing was recorded: {reason}</source>
        <translation>Non è stato registrato nulla: {reason}</translation>
    </message>
</context>
<context>
    <name>CoachNameGate</name>
    <message>
        <source>Reports carry your name in their letterhead, and this vault has none yet. Enter it first; you can change it later in Settings → Coach profile…</source>
        <translation>I report riportano il tuo nome nella carta intestata e questo archivio non ne ha ancora uno. Inseriscilo prima di continuare; potrai cambiarlo in seguito in Impostazioni → Profilo del coach…</translation>
    </message>
    <message>
        <source>No preview: a report needs your name for its letterhead. Change anything to be asked again, or use Settings → Coach profile…</source>
        <translation>Nessuna anteprima: un report richiede il tuo nome per la carta intestata. Modifica qualsiasi scelta per ricevere di nuovo la richiesta, oppure usa Impostazioni → Profilo del coach…</translation>
    </message>
</context>
<context>
    <name>CoachProfileDialog</name>
    <message>
        <source>Coach profile</source>
        <translation>Profilo del coach</translation>
    </message>
    <message>
        <source>Your name, credentials and letterhead head every report and agreement document you give.</source>
        <translation>Il tuo nome, le credenziali e la carta intestata compaiono in testa a ogni report e documento di accordo che consegni.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salva</translation>
    </message>
    <message>
        <source>Enter your name: it heads every report.</source>
        <translation>Inserisci il tuo nome: compare in testa a ogni report.</translation>
    </message>
</context>
<context>
    <name>CoachingLogDialog</name>
    <message>
        <source>Coaching log</source>
        <translation>Registro delle ore di coaching</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dal</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Al</translation>
    </message>
    <message>
        <source>Language of the log</source>
        <translation>Lingua del registro</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periodo:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Lingua:</translation>
    </message>
    <message>
        <source>The log names your coachees and their contact: it is written only to the file you choose, and not recorded in the disclosure ledger.</source>
        <translation>Il registro riporta i nomi dei coachee e i loro contatti: viene scritto solo nel file scelto e non è annotato nel registro delle comunicazioni.</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation>Salva &amp;PDF…</translation>
    </message>
    <message>
        <source>Save &amp;CSV…</source>
        <translation>Salva &amp;CSV…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Save the coaching log</source>
        <translation>Salva il registro delle ore di coaching</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved: {name}</source>
        <translation>Salvato: {name}</translation>
    </message>
</context>
<context>
    <name>CreateVaultDialog</name>
    <message>
        <source>Welcome to CoachDesk</source>
        <translation>Ti diamo il benvenuto in CoachDesk</translation>
    </message>
    <message>
        <source>CoachDesk keeps your notes in an encrypted vault on this computer. Choose a passphrase: a few unrelated words are easy to remember and hard to guess. Nobody can recover your notes without it or the recovery code.</source>
        <translation>CoachDesk custodisce le tue note in un archivio cifrato su questo computer. Scegli una passphrase: alcune parole senza legame tra loro sono facili da ricordare e difficili da indovinare. Senza di essa o senza il codice di recupero nessuno può recuperare le tue note.</translation>
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
        <source>Create &amp;vault</source>
        <translation>Crea l&apos;&amp;archivio</translation>
    </message>
    <message>
        <source>Folder for the vault</source>
        <translation>Cartella per l&apos;archivio</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>A&amp;vanti</translation>
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
        <source>Your name, credentials and letterhead head every report you give. Only your name is needed now; you can change all of it later in Settings → Coach profile…, and add a logo there.</source>
        <translation>Il tuo nome, le credenziali e la carta intestata compaiono in testa a ogni report che consegni. Ora serve solo il nome; potrai cambiare tutto in seguito in Impostazioni → Profilo del coach…, e lì aggiungere un logo.</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>Indie&amp;tro</translation>
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
        <source>&amp;Print…</source>
        <translation>S&amp;tampa…</translation>
    </message>
    <message>
        <source>I &amp;have stored the recovery code safely</source>
        <translation>&amp;Ho conservato il codice di recupero in un posto sicuro</translation>
    </message>
    <message>
        <source>&amp;Open my vault</source>
        <translation>&amp;Apri il mio archivio</translation>
    </message>
    <message>
        <source>Print the recovery code</source>
        <translation>Stampa il codice di recupero</translation>
    </message>
    <message>
        <source>Save the recovery code</source>
        <translation>Salva il codice di recupero</translation>
    </message>
    <message>
        <source>The file could not be written there.</source>
        <translation>Il file non si è potuto scrivere lì.</translation>
    </message>
    <message>
        <source>Saved. Keep the file away from this computer.</source>
        <translation>Salvato. Conserva il file lontano da questo computer.</translation>
    </message>
    <message>
        <source>CoachDesk recovery code: {code}
</source>
        <translation>Codice di recupero di CoachDesk: {code}
</translation>
    </message>
</context>
<context>
    <name>DisclosureView</name>
    <message>
        <source>What the recipient receives</source>
        <translation>Cosa riceve il destinatario</translation>
    </message>
    <message>
        <source>not permitted by the agreement</source>
        <translation>non consentito dall&apos;accordo</translation>
    </message>
    <message>
        <source>nothing in this period</source>
        <translation>nulla in questo periodo</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Presenze</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Obiettivi</translation>
    </message>
    <message>
        <source>no goal is shared with this recipient</source>
        <translation>nessun obiettivo è condiviso con questo destinatario</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progressi</translation>
    </message>
    <message>
        <source>{goal}: ratings {ratings}, KPIs {kpis}</source>
        <translation>{goal}: valutazioni {ratings}, KPI {kpis}</translation>
    </message>
    <message>
        <source>Goal {n}</source>
        <translation>Obiettivo {n}</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Piano d&apos;azione</translation>
    </message>
    <message>
        <source>due {day}</source>
        <translation>scadenza {day}</translation>
    </message>
    <message>
        <source>no action is shared with this recipient</source>
        <translation>nessuna azione è condivisa con questo destinatario</translation>
    </message>
    <message>
        <source>Summaries</source>
        <translation>Sintesi</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Disclosed without consent</source>
        <translation>Comunicazioni senza consenso</translation>
    </message>
    <message>
        <source>justification: {why}</source>
        <translation>motivazione: {why}</translation>
    </message>
    <message>
        <source>session</source>
        <translation>sessione</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>obiettivo</translation>
    </message>
    <message>
        <source>progress of a goal</source>
        <translation>progressi di un obiettivo</translation>
    </message>
    <message>
        <source>action</source>
        <translation>azione</translation>
    </message>
    <message>
        <source>note</source>
        <translation>nota</translation>
    </message>
</context>
<context>
    <name>EngagementDialog</name>
    <message>
        <source>Engagement</source>
        <translation>Percorso</translation>
    </message>
    <message>
        <source>New engagement</source>
        <translation>Nuovo percorso</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Choose the coachee</source>
        <translation>Scegli il coachee</translation>
    </message>
    <message>
        <source>Coachee</source>
        <translation>Coachee</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizzazione</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Termina il</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inizio</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fine</translation>
    </message>
    <message>
        <source>Language of reports</source>
        <translation>Lingua dei report</translation>
    </message>
    <message>
        <source> months after the end</source>
        <translation> mesi dopo la fine</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Conservazione</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Retribuito</translation>
    </message>
    <message>
        <source>Pro bono</source>
        <translation>Pro bono</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Compenso</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nessuna</translation>
    </message>
    <message>
        <source> days</source>
        <translation> giorni</translation>
    </message>
    <message>
        <source>Coaching cadence</source>
        <translation>Cadenza del coaching</translation>
    </message>
    <message>
        <source>A coaching session is due this many days after the last held one.</source>
        <translation>Una sessione di coaching è prevista questo numero di giorni dopo l&apos;ultima svolta.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <source>Stakeholders</source>
        <translation>Stakeholder</translation>
    </message>
    <message>
        <source>&amp;Add stakeholder</source>
        <translation>&amp;Aggiungi stakeholder</translation>
    </message>
    <message>
        <source>&amp;Remove stakeholder</source>
        <translation>&amp;Rimuovi stakeholder</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titolo:</translation>
    </message>
    <message>
        <source>&amp;Coachee:</source>
        <translation>&amp;Coachee:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organizzazione:</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>&amp;Inizio:</translation>
    </message>
    <message>
        <source>&amp;Language of reports:</source>
        <translation>&amp;Lingua dei report:</translation>
    </message>
    <message>
        <source>&amp;Keep data:</source>
        <translation>Co&amp;nserva i dati:</translation>
    </message>
    <message>
        <source>&amp;Billing:</source>
        <translation>Co&amp;mpenso:</translation>
    </message>
    <message>
        <source>Coaching ca&amp;dence:</source>
        <translation>Ca&amp;denza del coaching:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Stakeholders&lt;/b&gt; (who may receive reports)</source>
        <translation>&lt;b&gt;Stakeholder&lt;/b&gt; (chi può ricevere report)</translation>
    </message>
    <message>
        <source>Choose a person</source>
        <translation>Scegliere una persona</translation>
    </message>
    <message>
        <source>Stakeholder</source>
        <translation>Stakeholder</translation>
    </message>
    <message>
        <source>Give the engagement a title.</source>
        <translation>Dai un titolo al percorso.</translation>
    </message>
    <message>
        <source>Choose the coachee (add the person first).</source>
        <translation>Scegli il coachee (prima aggiungi la persona).</translation>
    </message>
    <message>
        <source>The engagement cannot end before it starts.</source>
        <translation>Il percorso non può finire prima di iniziare.</translation>
    </message>
    <message>
        <source>The coachee cannot also be a stakeholder.</source>
        <translation>Il coachee non può essere anche uno stakeholder.</translation>
    </message>
    <message>
        <source>{name} is listed twice: a person can have only one role in an engagement.</source>
        <translation>{name} compare due volte: una persona può avere un solo ruolo in un percorso.</translation>
    </message>
</context>
<context>
    <name>EngagementTabs</name>
    <message>
        <source>&amp;Goals</source>
        <translation>&amp;Obiettivi</translation>
    </message>
    <message>
        <source>Sess&amp;ion</source>
        <translation>&amp;Sessione</translation>
    </message>
    <message>
        <source>Agree&amp;ment</source>
        <translation>A&amp;ccordo</translation>
    </message>
    <message>
        <source>A&amp;ctions</source>
        <translation>A&amp;zioni</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Salvato</translation>
    </message>
    <message>
        <source>Sharing saved</source>
        <translation>Condivisione salvata</translation>
    </message>
    <message>
        <source>New goal</source>
        <translation>Nuovo obiettivo</translation>
    </message>
    <message>
        <source>The goal, in the coachee&apos;s words:</source>
        <translation>L&apos;obiettivo, con le parole del coachee:</translation>
    </message>
    <message>
        <source>A goal needs a title: nothing was added.</source>
        <translation>Un obiettivo ha bisogno di un titolo: non è stato aggiunto nulla.</translation>
    </message>
    <message>
        <source>Delete goal</source>
        <translation>Elimina obiettivo</translation>
    </message>
    <message>
        <source>Delete the goal “{title}” with its ratings ({r}) and KPIs ({k})? Actions linked to it stay, without a goal.</source>
        <translation>Eliminare l&apos;obiettivo «{title}» con le sue valutazioni ({r}) e i suoi KPI ({k})? Le azioni collegate restano, senza obiettivo.</translation>
    </message>
    <message>
        <source>Delete the KPI “{name}” and its measurements ({n})?</source>
        <translation>Eliminare il KPI «{name}» e le sue misurazioni ({n})?</translation>
    </message>
    <message>
        <source>Delete KPI</source>
        <translation>Elimina KPI</translation>
    </message>
    <message>
        <source>Delete action</source>
        <translation>Elimina azione</translation>
    </message>
    <message>
        <source>Delete the action “{text}”?</source>
        <translation>Eliminare l&apos;azione «{text}»?</translation>
    </message>
</context>
<context>
    <name>ErasureDialog</name>
    <message>
        <source>Erase a coachee&apos;s data</source>
        <translation>Cancella i dati di un coachee</translation>
    </message>
    <message>
        <source>Reading what would be erased…</source>
        <translation>Lettura di ciò che verrebbe cancellato…</translation>
    </message>
    <message>
        <source>People who received reports about them</source>
        <translation>Destinatari di report su questa persona</translation>
    </message>
    <message>
        <source>&amp;Erase permanently</source>
        <translation>&amp;Cancella definitivamente</translation>
    </message>
    <message>
        <source>&lt;b&gt;Everything about {name} will be erased, for good:&lt;/b&gt; engagements ({e}), sessions ({s}), note items ({i}) including private ones and reflections, goals ({g}) with their ratings and KPIs, actions ({a}), and the person. The disclosure ledger keeps only ids and hashes of what was reported. Backups made before today still hold the data until they rotate away.</source>
        <translation>&lt;b&gt;Tutto ciò che riguarda {name} verrà cancellato, per sempre:&lt;/b&gt; percorsi ({e}), sessioni ({s}), note ({i}, comprese quelle private e le riflessioni), obiettivi ({g}) con valutazioni e KPI, azioni ({a}) e la persona. Il registro delle comunicazioni conserva solo identificativi e hash di ciò che è stato comunicato nei report. I backup fatti prima di oggi contengono ancora i dati finché non vengono sostituiti da quelli più recenti.</translation>
    </message>
    <message numerus="yes">
        <source>The kept copies of the reports about them (%n) are deleted too; the ledger keeps their hashes.</source>
        <translation>
            <numerusform>Viene cancellata anche la copia conservata di %n report che li riguarda; il registro delle comunicazioni ne conserva l&apos;hash.</numerusform>
            <numerusform>Vengono cancellate anche le copie conservate dei %n report che li riguardano; il registro delle comunicazioni ne conserva gli hash.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reports about them went to these people; consider telling them:</source>
        <translation>I report che lo o la riguardano sono andati a queste persone; valuta di informarle:</translation>
    </message>
    <message>
        <source>No report about them was ever produced.</source>
        <translation>Nessun report che lo o la riguarda è mai stato prodotto.</translation>
    </message>
    <message>
        <source>Erasing…</source>
        <translation>Cancellazione…</translation>
    </message>
</context>
<context>
    <name>ExceptionDialog</name>
    <message>
        <source>Disclosure without consent</source>
        <translation>Comunicazione senza consenso</translation>
    </message>
    <message>
        <source>&lt;b&gt;This discloses the note to {name} ({role}) without the coachee&apos;s consent.&lt;/b&gt;&lt;br&gt;Only for a legal duty or a risk of serious harm, as your agreement&apos;s confidentiality exceptions say. The report shows it in a section of its own, with your justification.</source>
        <translation>&lt;b&gt;Questo comunica la nota a {name} ({role}) senza il consenso del coachee.&lt;/b&gt;&lt;br&gt;Solo per un obbligo di legge o un rischio di danno grave, come prevedono le eccezioni alla riservatezza del vostro accordo. Il report la mostra in una sezione a parte, con la tua motivazione.</translation>
    </message>
    <message>
        <source>Why this must be disclosed…</source>
        <translation>Perché questa nota va comunicata…</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Motivazione</translation>
    </message>
    <message>
        <source>I &amp;confirm this is disclosure without the coachee&apos;s consent</source>
        <translation>&amp;Confermo che è una comunicazione senza il consenso del coachee</translation>
    </message>
    <message>
        <source>&amp;Disclose without consent</source>
        <translation>Comu&amp;nica senza consenso</translation>
    </message>
    <message>
        <source>&amp;Justification:</source>
        <translation>&amp;Motivazione:</translation>
    </message>
</context>
<context>
    <name>GoalEditor</name>
    <message>
        <source>Goal title</source>
        <translation>Titolo dell&apos;obiettivo</translation>
    </message>
    <message>
        <source>Goal status</source>
        <translation>Stato dell&apos;obiettivo</translation>
    </message>
    <message>
        <source>Delete goal…</source>
        <translation>Elimina obiettivo…</translation>
    </message>
    <message>
        <source>G&amp;oal:</source>
        <translation>&amp;Goal:</translation>
    </message>
    <message>
        <source>&amp;Reality:</source>
        <translation>&amp;Reality:</translation>
    </message>
    <message>
        <source>O&amp;ptions:</source>
        <translation>O&amp;ptions:</translation>
    </message>
    <message>
        <source>&amp;Will:</source>
        <translation>&amp;Will:</translation>
    </message>
    <message>
        <source>Progress ratings (1–10)</source>
        <translation>Valutazioni dei progressi (1–10)</translation>
    </message>
    <message>
        <source>Date of the rating</source>
        <translation>Data della valutazione</translation>
    </message>
    <message>
        <source>Rating from 1 to 10</source>
        <translation>Valutazione da 1 a 10</translation>
    </message>
    <message>
        <source>&amp;Add rating</source>
        <translation>Aggiungi &amp;valutazione</translation>
    </message>
    <message>
        <source>Date of the measurement</source>
        <translation>Data della misurazione</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valore</translation>
    </message>
    <message>
        <source>Value of {kpi}</source>
        <translation>Valore di {kpi}</translation>
    </message>
    <message>
        <source>Add measurement</source>
        <translation>Aggiungi misurazione</translation>
    </message>
    <message>
        <source>Edit KPI…</source>
        <translation>Modifica KPI…</translation>
    </message>
    <message>
        <source>Delete KPI…</source>
        <translation>Elimina KPI…</translation>
    </message>
    <message>
        <source>New &amp;KPI…</source>
        <translation>Nuovo &amp;KPI…</translation>
    </message>
</context>
<context>
    <name>GoalShareControl</name>
    <message>
        <source>blocked</source>
        <translation>bloccato</translation>
    </message>
    <message>
        <source>Blocked by the agreement: {reason}</source>
        <translation>Bloccato dall&apos;accordo: {reason}</translation>
    </message>
    <message>
        <source>shared</source>
        <translation>condiviso</translation>
    </message>
    <message>
        <source>Shared: only its progress, numbered, as goal titles are not permitted.</source>
        <translation>Condiviso: solo i progressi, numerati, perché i titoli degli obiettivi non sono consentiti.</translation>
    </message>
    <message>
        <source>Shared: title, status, ratings and KPIs, as the agreement permits.</source>
        <translation>Condiviso: titolo, stato, valutazioni e KPI, per quanto l&apos;accordo consente.</translation>
    </message>
    <message>
        <source>not shared</source>
        <translation>non condiviso</translation>
    </message>
    <message>
        <source>Not shared with this recipient.</source>
        <translation>Non condiviso con questo destinatario.</translation>
    </message>
    <message>
        <source>Goal shared with {who} ({role}): {state}</source>
        <translation>Obiettivo condiviso con {who} ({role}): {state}</translation>
    </message>
</context>
<context>
    <name>GoalsPanel</name>
    <message>
        <source>New goa&amp;l…</source>
        <translation>&amp;Nuovo obiettivo…</translation>
    </message>
    <message>
        <source>No goals yet. Agree one with the coachee, then add it here.</source>
        <translation>Nessun obiettivo per ora. Concordane uno con il coachee, poi aggiungilo qui.</translation>
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
        <source>Move up (Alt+Up)</source>
        <translation>Sposta su (Alt+Su)</translation>
    </message>
    <message>
        <source>Move this note item up</source>
        <translation>Sposta su questa nota</translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation>Sposta giù (Alt+Giù)</translation>
    </message>
    <message>
        <source>Move this note item down</source>
        <translation>Sposta giù questa nota</translation>
    </message>
    <message>
        <source>Restore the agreed text</source>
        <translation>Ripristina il testo concordato</translation>
    </message>
    <message>
        <source>Put back exactly the text the consent was given for: it holds again.</source>
        <translation>Rimette esattamente il testo per cui è stato dato il consenso: il consenso torna valido.</translation>
    </message>
    <message>
        <source>Only you see reflections: they are never shared or reported.</source>
        <translation>Le riflessioni le vedi solo tu: non vengono mai condivise né riportate nei report.</translation>
    </message>
    <message>
        <source>Changing this text voids the consent of {who}: ask again after editing, or restore the agreed text.</source>
        <translation>Modificare questo testo annulla il consenso di {who}: va richiesto di nuovo dopo la modifica, oppure si può ripristinare il testo concordato.</translation>
    </message>
    <message>
        <source>Changing this text voids the exception for {who}: record it again after editing, or restore the text it was recorded for.</source>
        <translation>Modificare questo testo annulla l&apos;eccezione per {who}: va registrata di nuovo dopo la modifica, oppure si può ripristinare il testo per cui era stata registrata.</translation>
    </message>
</context>
<context>
    <name>KpiDialog</name>
    <message>
        <source>New KPI</source>
        <translation>Nuovo KPI</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>KPI name</source>
        <translation>Nome del KPI</translation>
    </message>
    <message>
        <source>e.g. s, %, points</source>
        <translation>es. s, %, punti</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unità</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>Meglio se più alto</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>Meglio se più basso</translation>
    </message>
    <message>
        <source>Which direction is better</source>
        <translation>Quale direzione è migliore</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Valore di partenza</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unità:</translation>
    </message>
    <message>
        <source>&amp;Better:</source>
        <translation>&amp;Direzione:</translation>
    </message>
    <message>
        <source>Bas&amp;eline:</source>
        <translation>Valore di &amp;partenza:</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Target:</translation>
    </message>
</context>
<context>
    <name>KpiSetDialog</name>
    <message>
        <source>The team&apos;s KPIs</source>
        <translation>I KPI del team</translation>
    </message>
    <message>
        <source>A KPI of the same name takes the new unit, direction, baseline and target in every agent&apos;s engagement (its measurements stay); a new one is added to each. To remove a KPI, delete it in the agent&apos;s Goals tab.</source>
        <translation>Un KPI con lo stesso nome prende la nuova unità, direzione, valore di partenza e target nel percorso di ogni operatore (le sue misurazioni restano); uno nuovo viene aggiunto a ciascuno. Per togliere un KPI, eliminalo nella scheda Obiettivi dell&apos;operatore.</translation>
    </message>
    <message>
        <source>&amp;Apply to the team</source>
        <translation>&amp;Applica al team</translation>
    </message>
</context>
<context>
    <name>KpiSetTable</name>
    <message>
        <source>The baseline or target of {kpi} is refused: {reason}.</source>
        <translation>Il valore di partenza o il target di {kpi} è rifiutato: {reason}.</translation>
    </message>
    <message>
        <source>A baseline or target is not a number, or two KPIs have the same name.</source>
        <translation>Un valore di partenza o un target non è un numero, oppure due KPI hanno lo stesso nome.</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unità</translation>
    </message>
    <message>
        <source>Better</source>
        <translation>Direzione</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Valore di partenza</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>The team&apos;s KPIs</source>
        <translation>I KPI del team</translation>
    </message>
    <message>
        <source>Add &amp;KPI</source>
        <translation>Aggiungi &amp;KPI</translation>
    </message>
    <message>
        <source>Remo&amp;ve KPI</source>
        <translation>Rimuo&amp;vi KPI</translation>
    </message>
    <message>
        <source>higher</source>
        <translation>più alto</translation>
    </message>
    <message>
        <source>lower</source>
        <translation>più basso</translation>
    </message>
</context>
<context>
    <name>LeaveDialog</name>
    <message>
        <source>Remove {name} from the team</source>
        <translation>Togliere {name} dal team</translation>
    </message>
    <message>
        <source>{name} leaves the team: their engagement ends on the day below. Every session, note, measurement, report and ledger entry is kept. From that day {name} is no longer in the team view, the measurements grid or the team reports of later periods. You can undo it (Show agents who left, then Bring back into the team).</source>
        <translation>{name} lascia il team: il suo percorso termina nel giorno indicato sotto. Ogni sessione, nota, misurazione, report e voce del registro viene conservata. Da quel giorno {name} non compare più nella vista del team, nella griglia delle misurazioni né nei report del team dei periodi successivi. È possibile annullare (Mostra gli operatori usciti, poi Riporta nel team).</translation>
    </message>
    <message>
        <source>Last day in the team</source>
        <translation>Ultimo giorno nel team</translation>
    </message>
    <message>
        <source>&amp;Remove {name} from the team</source>
        <translation>&amp;Togli {name} dal team</translation>
    </message>
    <message>
        <source>&amp;Leaves on:</source>
        <translation>&amp;Esce il:</translation>
    </message>
</context>
<context>
    <name>LedgerDialog</name>
    <message>
        <source>Disclosure ledger: this engagement</source>
        <translation>Registro delle comunicazioni: questo percorso</translation>
    </message>
    <message>
        <source>Disclosure ledger: the whole practice</source>
        <translation>Registro delle comunicazioni: tutto lo studio</translation>
    </message>
    <message>
        <source>Reports sent</source>
        <translation>Report inviati</translation>
    </message>
    <message>
        <source>About the copy of the report sent</source>
        <translation>Informazioni sulla copia del report inviato</translation>
    </message>
    <message>
        <source>Password of this PDF</source>
        <translation>Password di questo PDF</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Apri</translation>
    </message>
    <message>
        <source>PDF pass&amp;word:</source>
        <translation>Pass&amp;word del PDF:</translation>
    </message>
    <message>
        <source>&amp;Save a copy…</source>
        <translation>&amp;Salva una copia…</translation>
    </message>
    <message>
        <source>What the selected report included</source>
        <translation>Cosa conteneva il report selezionato</translation>
    </message>
    <message>
        <source>No copy of this report is kept: it was sent before CoachDesk kept copies, or its coachee&apos;s data was erased. Its hash is still recorded.</source>
        <translation>Di questo report non è conservata una copia: è stato inviato prima che CoachDesk conservasse le copie, oppure i dati del coachee sono stati cancellati. Il suo hash resta registrato.</translation>
    </message>
    <message>
        <source>Opening the copy kept in the vault…</source>
        <translation>Apertura della copia conservata nell&apos;archivio…</translation>
    </message>
    <message>
        <source>The very file sent on {sent}. It is protected by a password: type it to open the copy.</source>
        <translation>Il file inviato il {sent}, esattamente com&apos;era. È protetto da password: digitarla per aprire la copia.</translation>
    </message>
    <message>
        <source>The very file sent on {sent}, as the vault keeps it.</source>
        <translation>Il file inviato il {sent}, esattamente com&apos;era, come lo conserva l&apos;archivio.</translation>
    </message>
    <message>
        <source>The very file sent, opened with its password.</source>
        <translation>Il file inviato, esattamente com&apos;era, aperto con la sua password.</translation>
    </message>
    <message>
        <source>That is not the password of this PDF.</source>
        <translation>Non è la password di questo PDF.</translation>
    </message>
    <message>
        <source>Save a copy of the report sent</source>
        <translation>Salva una copia del report inviato</translation>
    </message>
    <message>
        <source>Saved a copy of the report sent: {name}</source>
        <translation>Copia del report inviato salvata: {name}</translation>
    </message>
    <message>
        <source>Checking the copy and regenerating the report…</source>
        <translation>Verifica della copia e rigenerazione del report…</translation>
    </message>
    <message>
        <source>✓ The kept copy is the file sent: its hash matches.</source>
        <translation>✓ La copia conservata è il file inviato: il suo hash corrisponde.</translation>
    </message>
    <message>
        <source>No copy of this report is kept.</source>
        <translation>Di questo report non è conservata una copia.</translation>
    </message>
    <message>
        <source>✗ The kept copy does not match the file sent: the vault is damaged; run verify.</source>
        <translation>✗ La copia conservata non corrisponde al file inviato: l&apos;archivio è danneggiato; eseguire verify.</translation>
    </message>
    <message>
        <source>Regenerated from today&apos;s data, it reproduces byte for byte.</source>
        <translation>Rigenerato dai dati di oggi, si riproduce byte per byte.</translation>
    </message>
    <message>
        <source>Regenerated from today&apos;s data, it no longer reproduces: {why}</source>
        <translation>Rigenerato dai dati di oggi, non si riproduce più: {why}</translation>
    </message>
    <message>
        <source>the data has changed since: the same facts, other details differ (a name, the coach profile, the agreement)</source>
        <translation>i dati sono cambiati da allora: stessi fatti, altri dettagli diversi (un nome, il profilo del coach, l&apos;accordo)</translation>
    </message>
    <message>
        <source>no longer included</source>
        <translation>non più incluso</translation>
    </message>
    <message>
        <source>new since</source>
        <translation>nuovo da allora</translation>
    </message>
    <message>
        <source>changed since</source>
        <translation>modificato da allora</translation>
    </message>
    <message>
        <source>the data has changed since; these facts differ: {facts}</source>
        <translation>i dati sono cambiati da allora; questi fatti sono diversi: {facts}</translation>
    </message>
    <message>
        <source>Result of the check</source>
        <translation>Esito della verifica</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message numerus="yes">
        <source>Reports sent: %n</source>
        <translation>
            <numerusform>Report inviati: %n</numerusform>
            <numerusform>Report inviati: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>session</source>
        <translation>sessione</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>obiettivo</translation>
    </message>
    <message>
        <source>progress</source>
        <translation>progressi</translation>
    </message>
    <message>
        <source>note</source>
        <translation>nota</translation>
    </message>
    <message>
        <source>disclosed without consent</source>
        <translation>comunicazione senza consenso</translation>
    </message>
    <message>
        <source>no longer in the vault</source>
        <translation>non più nell&apos;archivio</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Verifica</translation>
    </message>
    <message>
        <source>Checks that the kept copy is the file sent, then makes the report again from today&apos;s data and compares</source>
        <translation>Verifica che la copia conservata sia il file inviato, poi rigenera il report dai dati di oggi e confronta</translation>
    </message>
    <message>
        <source>The report sent</source>
        <translation>Il report inviato</translation>
    </message>
    <message>
        <source>Included in this report</source>
        <translation>Contenuto di questo report</translation>
    </message>
    <message>
        <source>{text} (changed since)</source>
        <translation>{text} (modificato da allora)</translation>
    </message>
</context>
<context>
    <name>LedgerModel</name>
    <message>
        <source>Sent</source>
        <translation>Inviato</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Accordo</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Copy kept</source>
        <translation>Copia</translation>
    </message>
    <message>
        <source>File SHA-256</source>
        <translation>SHA-256 del file</translation>
    </message>
    <message>
        <source>(erased)</source>
        <translation>(cancellato)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>LetterheadPreview</name>
    <message>
        <source>Letterhead preview</source>
        <translation>Anteprima della carta intestata</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Il tuo nome</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Backup status</source>
        <translation>Stato del backup</translation>
    </message>
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
        <source>&lt;b&gt;Sessions&lt;/b&gt;</source>
        <translation>&lt;b&gt;Sessioni&lt;/b&gt;</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Nuova sessione</translation>
    </message>
    <message>
        <source>New session (Ctrl+N)</source>
        <translation>Nuova sessione (Ctrl+N)</translation>
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
        <source>New &amp;engagement…</source>
        <translation>Nuovo &amp;percorso…</translation>
    </message>
    <message>
        <source>New &amp;person…</source>
        <translation>Nuova pe&amp;rsona…</translation>
    </message>
    <message>
        <source>New &amp;organisation…</source>
        <translation>Nuova &amp;organizzazione…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <source>&amp;Search notes</source>
        <translation>&amp;Cerca nelle note</translation>
    </message>
    <message>
        <source>New note &amp;item</source>
        <translation>Nuova &amp;nota</translation>
    </message>
    <message>
        <source>&amp;Undo delete of a note item</source>
        <translation>&amp;Annulla eliminazione di una nota</translation>
    </message>
    <message>
        <source>E&amp;ngagement</source>
        <translation>&amp;Percorso</translation>
    </message>
    <message>
        <source>New &amp;session</source>
        <translation>Nuova &amp;sessione</translation>
    </message>
    <message>
        <source>&amp;Edit engagement…</source>
        <translation>&amp;Modifica percorso…</translation>
    </message>
    <message>
        <source>&amp;Delete engagement…</source>
        <translation>&amp;Elimina percorso…</translation>
    </message>
    <message>
        <source>Disclosure &amp;board…</source>
        <translation>&amp;Quadro delle comunicazioni…</translation>
    </message>
    <message>
        <source>&amp;Report…</source>
        <translation>&amp;Report…</translation>
    </message>
    <message>
        <source>&amp;Ledger of this engagement…</source>
        <translation>Re&amp;gistro di questo percorso…</translation>
    </message>
    <message>
        <source>E&amp;xport everything about the coachee…</source>
        <translation>Es&amp;porta tutto ciò che riguarda il coachee…</translation>
    </message>
    <message>
        <source>Tea&amp;m view…</source>
        <translation>Vista del tea&amp;m…</translation>
    </message>
    <message>
        <source>&amp;Team report…</source>
        <translation>Report del &amp;team…</translation>
    </message>
    <message>
        <source>Coac&amp;hing log…</source>
        <translation>Registro delle ore di coac&amp;hing…</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>Report saved</source>
        <translation>Report salvato</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Backup in corso…</translation>
    </message>
    <message>
        <source>Read-only vault</source>
        <translation>Archivio in sola lettura</translation>
    </message>
    <message>
        <source>The vault&apos;s folder is read-only: its notes can be read, searched, reported on and exported, but not changed, and it is not backed up.</source>
        <translation>La cartella dell&apos;archivio è in sola lettura: le note si possono leggere, cercare, usare per i report ed esportare, ma non modificare, e l&apos;archivio non viene salvato nei backup.</translation>
    </message>
    <message>
        <source>⚠ Last backup {when}: over a week old</source>
        <translation>⚠ Ultimo backup {when}: più vecchio di una settimana</translation>
    </message>
    <message>
        <source>Last backup: {when}</source>
        <translation>Ultimo backup: {when}</translation>
    </message>
    <message>
        <source>no backup exists</source>
        <translation>non esiste alcun backup</translation>
    </message>
    <message>
        <source>⚠ Backup failed</source>
        <translation>⚠ Backup non riuscito</translation>
    </message>
    <message>
        <source>The automatic backup failed: {reason}</source>
        <translation>Il backup automatico non è riuscito: {reason}</translation>
    </message>
    <message>
        <source>Export everything about the coachee</source>
        <translation>Esporta tutto ciò che riguarda il coachee</translation>
    </message>
    <message>
        <source>CoachDesk data (*.json)</source>
        <translation>Dati di CoachDesk (*.json)</translation>
    </message>
    <message>
        <source>Delete the session of {when} with its note items ({n}) and their sharing states? This cannot be undone.</source>
        <translation>Eliminare la sessione del {when} con le sue note ({n}) e le loro condivisioni? Non si può annullare.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Next coaching session:&lt;/b&gt; overdue since {date} (cadence in days: {n})</source>
        <translation>&lt;b&gt;Prossima sessione di coaching:&lt;/b&gt; in ritardo dal {date} (cadenza in giorni: {n})</translation>
    </message>
    <message>
        <source>&lt;b&gt;Next coaching session:&lt;/b&gt; due {date} (cadence in days: {n})</source>
        <translation>&lt;b&gt;Prossima sessione di coaching:&lt;/b&gt; prevista il {date} (cadenza in giorni: {n})</translation>
    </message>
    <message>
        <source>Erased.</source>
        <translation>Cancellato.</translation>
    </message>
    <message>
        <source>Erasure not finished</source>
        <translation>Cancellazione non completata</translation>
    </message>
    <message>
        <source>The coachee&apos;s data was deleted, but the vault file could not be compacted (most often the disk is full), so some of their words may still sit in unused parts of it. Free some space, then lock and unlock the vault: CoachDesk finishes the job when it opens.</source>
        <translation>I dati del coachee sono stati cancellati, ma non è stato possibile compattare il file dell&apos;archivio (di solito perché il disco è pieno): alcune sue parole potrebbero restare in parti inutilizzate del file. Libera spazio, poi blocca e sblocca l&apos;archivio: CoachDesk completa il lavoro all&apos;apertura.</translation>
    </message>
    <message>
        <source>Folder for automatic backups</source>
        <translation>Cartella per i backup automatici</translation>
    </message>
    <message>
        <source>Automatic backups go to {folder} from the next unlock.</source>
        <translation>I backup automatici andranno in {folder} dal prossimo sblocco.</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Impostazioni</translation>
    </message>
    <message>
        <source>&amp;Coach profile…</source>
        <translation>&amp;Profilo del coach…</translation>
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
        <source>&amp;Backup folder…</source>
        <translation>Cartella dei &amp;backup…</translation>
    </message>
    <message>
        <source>Lock after &amp;idle time…</source>
        <translation>Blocco dopo &amp;inattività…</translation>
    </message>
    <message>
        <source>&amp;Remember the last folder used for reports</source>
        <translation>&amp;Ricorda l&apos;ultima cartella usata per i report</translation>
    </message>
    <message>
        <source>When off, report dialogs open in the Documents folder and no folder is kept.</source>
        <translation>Se disattivata, le finestre di salvataggio dei report si aprono nella cartella Documenti e nessuna cartella viene conservata.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>CoachDesk shows the new language after a restart. Restart now? Your notes are saved first; you will type your passphrase again.</source>
        <translation>CoachDesk mostra la nuova lingua dopo il riavvio. Riavviare ora? Le note vengono salvate prima; la passphrase andrà digitata di nuovo.</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation>&amp;Riavvia ora</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Più tardi</translation>
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
        <source>{label} · coaching overdue</source>
        <translation>{label} · coaching in ritardo</translation>
    </message>
    <message>
        <source>A coaching session was due on {date}.</source>
        <translation>Una sessione di coaching era prevista il {date}.</translation>
    </message>
    <message>
        <source>No organisation</source>
        <translation>Nessuna organizzazione</translation>
    </message>
    <message>
        <source>Delete {name}? They stop being a stakeholder in their engagements ({n}), and their sharing states go with them.</source>
        <translation>Eliminare {name}? Non sarà più stakeholder nei percorsi ({n}), e le sue condivisioni verranno eliminate.</translation>
    </message>
    <message>
        <source>Delete {name}&apos;s engagement</source>
        <translation>Eliminare il percorso di {name}</translation>
    </message>
    <message>
        <source>{label} (ended)</source>
        <translation>{label} (concluso)</translation>
    </message>
    <message>
        <source>Welcome to CoachDesk</source>
        <translation>Ti diamo il benvenuto in CoachDesk</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Persone</translation>
    </message>
    <message>
        <source>id: {id}</source>
        <translation>id: {id}</translation>
    </message>
    <message>
        <source>Erase the &amp;coachee&apos;s data…</source>
        <translation>&amp;Cancella i dati del coachee…</translation>
    </message>
    <message>
        <source>Disclosure le&amp;dger of the practice…</source>
        <translation>Registro delle &amp;comunicazioni dello studio…</translation>
    </message>
    <message>
        <source>Exported to {name}: engagements ({e}), note items ({i})</source>
        <translation>Esportati in {name}: percorsi ({e}), note ({i})</translation>
    </message>
    <message>
        <source>&lt;b&gt;Start here:&lt;/b&gt; File → New person… for your coachee (and for each sponsor or manager), then File → New engagement… Then agree with them who may see what, in the engagement&apos;s Agreement tab, and start a session with Ctrl+N.&lt;br&gt;&lt;br&gt;To look around first, try the demo practice: &lt;tt&gt;coachdesk demo --vault FOLDER&lt;/tt&gt;.</source>
        <translation>&lt;b&gt;Inizia da qui:&lt;/b&gt; File → Nuova persona… per il tuo coachee (e per ogni sponsor o responsabile), poi File → Nuovo percorso… Poi concorda con loro chi può vedere cosa, nella scheda Accordo del percorso, e inizia una sessione con Ctrl+N.&lt;br&gt;&lt;br&gt;Per dare prima un&apos;occhiata, prova lo studio dimostrativo: &lt;tt&gt;coachdesk demo --vault CARTELLA&lt;/tt&gt;.</translation>
    </message>
    <message>
        <source>Nobody is due for a coaching session this week.</source>
        <translation>Nessuna sessione di coaching è prevista questa settimana.</translation>
    </message>
    <message>
        <source>{who}: &lt;b&gt;overdue&lt;/b&gt; since {date}</source>
        <translation>{who}: &lt;b&gt;in ritardo&lt;/b&gt; dal {date}</translation>
    </message>
    <message>
        <source>{who}: {date}</source>
        <translation>{who}: {date}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Due for coaching this week&lt;/b&gt;</source>
        <translation>&lt;b&gt;Sessioni di coaching previste questa settimana&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Rename organisation…</source>
        <translation>Rinomina organizzazione…</translation>
    </message>
    <message>
        <source>Delete organisation…</source>
        <translation>Elimina organizzazione…</translation>
    </message>
    <message>
        <source>Edit person…</source>
        <translation>Modifica persona…</translation>
    </message>
    <message>
        <source>Delete person…</source>
        <translation>Elimina persona…</translation>
    </message>
    <message>
        <source>Delete organisation</source>
        <translation>Elimina organizzazione</translation>
    </message>
    <message>
        <source>Delete the organisation “{name}”? Its people and engagements stay, without an organisation.</source>
        <translation>Eliminare l&apos;organizzazione «{name}»? Le sue persone e i suoi percorsi restano, senza organizzazione.</translation>
    </message>
    <message>
        <source>{name} is a coachee: use Engagement → Erase the coachee&apos;s data.</source>
        <translation>{name} è un coachee: usa Percorso → Cancella i dati del coachee.</translation>
    </message>
    <message>
        <source>Delete person</source>
        <translation>Elimina persona</translation>
    </message>
    <message>
        <source>Add the coachee first: File → New person…</source>
        <translation>Prima aggiungi il coachee: File → Nuova persona…</translation>
    </message>
    <message>
        <source>Delete {name}&apos;s engagement “{title}” with its sessions ({s}), note items ({i}), goals ({g}), actions ({a}) and agreement versions ({v})? This cannot be undone. The disclosure ledger keeps its entries (ids and hashes).</source>
        <translation>Eliminare il percorso di {name} «{title}» con le sue sessioni ({s}), note ({i}), obiettivi ({g}), azioni ({a}) e versioni dell&apos;accordo ({v})? L&apos;operazione non può essere annullata. Il registro delle comunicazioni conserva le sue voci (id e hash).</translation>
    </message>
    <message>
        <source>Engagement deleted</source>
        <translation>Percorso eliminato</translation>
    </message>
    <message>
        <source>New session: set its date and kind above the notes.</source>
        <translation>Nuova sessione: imposta data e tipo sopra le note.</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>Elimina sessione</translation>
    </message>
    <message>
        <source>Session deleted</source>
        <translation>Sessione eliminata</translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation>senza scadenza</translation>
    </message>
    <message>
        <source>&lt;b&gt;Coachee:&lt;/b&gt; {coachee}&lt;br&gt;&lt;b&gt;Period:&lt;/b&gt; {start} – {end}&lt;br&gt;&lt;b&gt;Stakeholders:&lt;/b&gt; {stakeholders}&lt;br&gt;&lt;b&gt;Agreement:&lt;/b&gt; {agreement}&lt;br&gt;&lt;b&gt;Held:&lt;/b&gt; {coaching} coaching, {training} training</source>
        <translation>&lt;b&gt;Coachee:&lt;/b&gt; {coachee}&lt;br&gt;&lt;b&gt;Periodo:&lt;/b&gt; {start} – {end}&lt;br&gt;&lt;b&gt;Stakeholder:&lt;/b&gt; {stakeholders}&lt;br&gt;&lt;b&gt;Accordo:&lt;/b&gt; {agreement}&lt;br&gt;&lt;b&gt;Sessioni svolte:&lt;/b&gt; {coaching} di coaching, {training} di formazione</translation>
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
    <name>MeasurementsDialog</name>
    <message>
        <source>Enter the team&apos;s measurements</source>
        <translation>Inserisci le misurazioni del team</translation>
    </message>
    <message>
        <source>Date of the measurements</source>
        <translation>Data delle misurazioni</translation>
    </message>
    <message>
        <source>Measurements: agents by KPI</source>
        <translation>Misurazioni: operatori per KPI</translation>
    </message>
    <message>
        <source>This agent has no such KPI</source>
        <translation>Questo operatore non ha questo KPI</translation>
    </message>
    <message>
        <source>Agents in alphabetical order, numbered at the left. Paste a block copied with the agents&apos; names (and the KPI headers) to have it matched by name; a block of numbers only is shown first, for you to confirm which agent each row goes to.</source>
        <translation>Operatori in ordine alfabetico, numerati a sinistra. Incollare un blocco copiato con i nomi degli operatori (e le intestazioni dei KPI) perché sia abbinato per nome; un blocco di soli numeri viene mostrato prima, per confermare a quale operatore va ogni riga.</translation>
    </message>
    <message>
        <source>Type the values, or copy a block of cells from a spreadsheet and paste it (Ctrl+V) at the first cell. Empty cells are left out. A decimal comma or point both work (82,5 or 82.5); type no thousands separator: 1.234 is read as one point two three four.</source>
        <translation>Scrivi i valori, oppure copia un blocco di celle da un foglio di calcolo e incollalo (Ctrl+V) sulla prima cella. Le celle vuote vengono ignorate. Vanno bene sia la virgola sia il punto decimale (82,5 o 82.5); non scrivere il separatore delle migliaia: 1.234 viene letto come uno virgola due tre quattro.</translation>
    </message>
    <message numerus="yes">
        <source>Agents pasted by name: %n.</source>
        <translation>
            <numerusform>Valori incollati per nome per %n operatore.</numerusform>
            <numerusform>Valori incollati per nome per %n operatori.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Agents given values in the grid: %n.</source>
        <translation>
            <numerusform>Valori inseriti nella griglia per %n operatore.</numerusform>
            <numerusform>Valori inseriti nella griglia per %n operatori.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rows beyond the last agent, left out: %n.</source>
        <translation>
            <numerusform>%n riga oltre l&apos;ultimo operatore esclusa.</numerusform>
            <numerusform>%n righe oltre l&apos;ultimo operatore escluse.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Registra</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <source>Not in this team, left out: {names}.</source>
        <translation>Non in questo team, esclusi: {names}.</translation>
    </message>
    <message>
        <source>No KPI of that name, left out: {names}.</source>
        <translation>Nessun KPI con quel nome, escluse: {names}.</translation>
    </message>
    <message>
        <source>Nothing was pasted.</source>
        <translation>Non è stato incollato nulla.</translation>
    </message>
    <message>
        <source>{agent}, {kpi}</source>
        <translation>{agent}, {kpi}</translation>
    </message>
    <message>
        <source>The selected cell ({where}) is refused: {reason}.</source>
        <translation>La cella selezionata ({where}) è rifiutata: {reason}.</translation>
    </message>
    <message>
        <source>The selected cell ({where}) is not a number: correct it and record again.</source>
        <translation>La cella selezionata ({where}) non è un numero: correggerla e registrare di nuovo.</translation>
    </message>
    <message>
        <source>Nothing to record yet.</source>
        <translation>Ancora nulla da registrare.</translation>
    </message>
</context>
<context>
    <name>NewTeamDialog</name>
    <message>
        <source>New team</source>
        <translation>Nuovo team</translation>
    </message>
    <message>
        <source>e.g. Inbound support 2027</source>
        <translation>es. Assistenza inbound 2027</translation>
    </message>
    <message>
        <source>Name of the team</source>
        <translation>Nome del team</translation>
    </message>
    <message>
        <source>…or a new person: their name</source>
        <translation>…oppure una nuova persona: il suo nome</translation>
    </message>
    <message>
        <source>New customer-service manager</source>
        <translation>Nuovo responsabile del servizio clienti</translation>
    </message>
    <message>
        <source>(me, the coach)</source>
        <translation>(io, in qualità di coach)</translation>
    </message>
    <message>
        <source>Customer-service manager</source>
        <translation>Responsabile customer service</translation>
    </message>
    <message>
        <source>Team leader</source>
        <translation>Team leader</translation>
    </message>
    <message>
        <source>One agent per line</source>
        <translation>Un operatore per riga</translation>
    </message>
    <message>
        <source>Agents, one per line</source>
        <translation>Operatori, uno per riga</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inizio</translation>
    </message>
    <message>
        <source>Language of reports</source>
        <translation>Lingua dei report</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>&amp;Team:</translation>
    </message>
    <message>
        <source>&amp;Customer-service manager:</source>
        <translation>Responsabile &amp;customer service:</translation>
    </message>
    <message>
        <source>Team &amp;leader:</source>
        <translation>Team &amp;leader:</translation>
    </message>
    <message>
        <source>&amp;Agents:</source>
        <translation>&amp;Operatori:</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>&amp;Inizio:</translation>
    </message>
    <message>
        <source>Language of &amp;reports:</source>
        <translation>Lingua dei &amp;report:</translation>
    </message>
    <message>
        <source>Create t&amp;he team</source>
        <translation>Cr&amp;ea il team</translation>
    </message>
    <message>
        <source>&lt;b&gt;KPIs&lt;/b&gt; (every agent&apos;s engagement gets them)</source>
        <translation>&lt;b&gt;KPI&lt;/b&gt; (li riceve il percorso di ogni operatore)</translation>
    </message>
    <message>
        <source>Each agent gets an engagement in which the manager receives nothing until the agent agrees: record what they agree to as a new agreement version.</source>
        <translation>Ogni operatore riceve un percorso in cui il responsabile non riceve nulla finché l&apos;operatore non acconsente: registra ciò che accetta come nuova versione dell&apos;accordo.</translation>
    </message>
    <message>
        <source>No one yet: type the manager&apos;s name (created with the team)</source>
        <translation>Ancora nessuno: digitare il nome del responsabile (creato con il team)</translation>
    </message>
    <message>
        <source>Choose the customer-service manager, or type a new person&apos;s name.</source>
        <translation>Scegliere il responsabile del servizio clienti, oppure digitare il nome di una nuova persona.</translation>
    </message>
    <message>
        <source>Give the team a name.</source>
        <translation>Dai un nome al team.</translation>
    </message>
    <message>
        <source>Add at least one agent, one per line.</source>
        <translation>Aggiungi almeno un operatore, uno per riga.</translation>
    </message>
    <message>
        <source>Keep at least one KPI.</source>
        <translation>Mantieni almeno un KPI.</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <source>New organisation</source>
        <translation>Nuova organizzazione</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizzazione</translation>
    </message>
    <message>
        <source>Name of the organisation</source>
        <translation>Nome dell&apos;organizzazione</translation>
    </message>
    <message>
        <source>&amp;Name of the organisation:</source>
        <translation>&amp;Nome dell&apos;organizzazione:</translation>
    </message>
    <message>
        <source>Type the organisation&apos;s name.</source>
        <translation>Inserire il nome dell&apos;organizzazione.</translation>
    </message>
</context>
<context>
    <name>PastePreview</name>
    <message>
        <source>Check where the values go</source>
        <translation>Controllare dove vanno i valori</translation>
    </message>
    <message>
        <source>The block has no names, so its rows go to the agents in the grid&apos;s order (alphabetical). Check each agent&apos;s values: if your spreadsheet lists the agents in another order, cancel and copy the names column too, so that each row is matched by name.</source>
        <translation>Il blocco non contiene nomi, quindi le sue righe vanno agli operatori nell&apos;ordine della griglia (alfabetico). Controllare i valori di ciascun operatore: se il foglio di calcolo elenca gli operatori in un altro ordine, annullare e copiare anche la colonna dei nomi, così che ogni riga sia abbinata per nome.</translation>
    </message>
    <message>
        <source>These values go to these agents</source>
        <translation>Questi valori vanno a questi operatori</translation>
    </message>
    <message>
        <source>&amp;Put them in the grid</source>
        <translation>&amp;Inseriscili nella griglia</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Preview of the report</source>
        <translation>Anteprima del report</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>File PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved, and recorded in the disclosure ledger: {name}</source>
        <translation>Salvato e registrato nel registro delle comunicazioni: {name}</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Nuova persona</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Qualifica</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>optional: the coaching log lists it as contact</source>
        <translation>facoltativa: il registro delle ore la indica come contatto</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizzazione</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Job title:</source>
        <translation>&amp;Qualifica:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organizzazione:</translation>
    </message>
    <message>
        <source>Type the person&apos;s name.</source>
        <translation>Scrivi il nome della persona.</translation>
    </message>
</context>
<context>
    <name>ProfileFields</name>
    <message>
        <source>Your name</source>
        <translation>Il tuo nome</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obbligatorio</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Credenziali</translation>
    </message>
    <message>
        <source>optional, e.g. PCC</source>
        <translation>facoltative, ad es. PCC</translation>
    </message>
    <message>
        <source>Letterhead lines</source>
        <translation>Righe della carta intestata</translation>
    </message>
    <message>
        <source>optional: practice, address, website; one per line</source>
        <translation>facoltativa: studio, indirizzo, sito web; una voce per riga</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>C&amp;redentials:</source>
        <translation>&amp;Credenziali:</translation>
    </message>
    <message>
        <source>Letter&amp;head:</source>
        <translation>Carta &amp;intestata:</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Choose &amp;logo…</source>
        <translation>Scegli il &amp;logo…</translation>
    </message>
    <message>
        <source>Re&amp;move logo</source>
        <translation>Rimuo&amp;vi il logo</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logo:</translation>
    </message>
    <message>
        <source>Preview of the letterhead</source>
        <translation>Anteprima della carta intestata</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Nessun logo</translation>
    </message>
    <message>
        <source>{kind}, {w} × {h} pixels, {kb} KB</source>
        <translation>{kind}, {w} × {h} pixel, {kb} KB</translation>
    </message>
    <message>
        <source>Choose the logo</source>
        <translation>Scegli il logo</translation>
    </message>
    <message>
        <source>PNG or JPEG images (*.png *.jpg *.jpeg)</source>
        <translation>Immagini PNG o JPEG (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>RecipientPage</name>
    <message>
        <source>Awaiting the coachee&apos;s agreement</source>
        <translation>In attesa del consenso del coachee</translation>
    </message>
    <message>
        <source>Mark checked as &amp;agreed…</source>
        <translation>Segna le selezionate come &amp;concordate…</translation>
    </message>
    <message>
        <source>Check a&amp;ll</source>
        <translation>Seleziona &amp;tutte</translation>
    </message>
    <message>
        <source>&lt;b&gt;Would receive now&lt;/b&gt;</source>
        <translation>&lt;b&gt;Riceverebbe ora&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Awaiting the coachee&apos;s agreement&lt;/b&gt;</source>
        <translation>&lt;b&gt;In attesa del consenso del coachee&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Exceptions voided by an edit&lt;/b&gt;: not disclosed until you record them again on the note</source>
        <translation>&lt;b&gt;Eccezioni annullate da una modifica&lt;/b&gt;: non vengono comunicate finché non sono registrate di nuovo sulla nota</translation>
    </message>
    <message>
        <source>Exceptions voided by an edit</source>
        <translation>Eccezioni annullate da una modifica</translation>
    </message>
    <message>
        <source>Nothing awaits agreement.</source>
        <translation>Nulla è in attesa di consenso.</translation>
    </message>
</context>
<context>
    <name>RecoveryForm</name>
    <message>
        <source>Type the recovery code you stored when you created the vault, then choose a new passphrase. Your notes stay as they are; only the passphrase changes.</source>
        <translation>Scrivi il codice di recupero che hai conservato quando hai creato l&apos;archivio, poi scegli una nuova passphrase. Le tue note restano come sono; cambia solo la passphrase.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Codice di recupero</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nuova passphrase</translation>
    </message>
    <message>
        <source>Repeat new passphrase</source>
        <translation>Ripeti la nuova passphrase</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Robustezza della passphrase</translation>
    </message>
    <message>
        <source>Recovery &amp;code:</source>
        <translation>&amp;Codice di recupero:</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nuova passphrase:</translation>
    </message>
    <message>
        <source>Re&amp;peat:</source>
        <translation>Ri&amp;peti:</translation>
    </message>
    <message>
        <source>Type your recovery code first.</source>
        <translation>Prima scrivi il codice di recupero.</translation>
    </message>
    <message>
        <source>That is not a valid recovery code. Check it for a typo.</source>
        <translation>Questo non è un codice di recupero valido. Controlla che non ci siano errori di battitura.</translation>
    </message>
    <message>
        <source>The new passphrase needs at least 8 characters.</source>
        <translation>La nuova passphrase deve avere almeno 8 caratteri.</translation>
    </message>
    <message>
        <source>The two new passphrases differ.</source>
        <translation>Le due nuove passphrase sono diverse.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Whole engagement</source>
        <translation>Tutto il percorso</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Mese scorso</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>Trimestre scorso</translation>
    </message>
    <message>
        <source>Since the last report to this recipient</source>
        <translation>Dall&apos;ultimo report a questo destinatario</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personalizzato</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>The engagement&apos;s language</source>
        <translation>La lingua del percorso</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periodo:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>D&amp;al:</translation>
    </message>
    <message>
        <source>Left out, and why</source>
        <translation>Escluso, e perché</translation>
    </message>
    <message>
        <source>Report status</source>
        <translation>Stato del report</translation>
    </message>
    <message>
        <source>&lt;b&gt;Included&lt;/b&gt;</source>
        <translation>&lt;b&gt;Inclusi&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No report was sent to this recipient yet: the whole engagement.</source>
        <translation>Nessun report è stato ancora inviato a questo destinatario: tutto il percorso.</translation>
    </message>
    <message>
        <source>Left out, and why ({n})</source>
        <translation>Esclusi e perché ({n})</translation>
    </message>
    <message>
        <source>Nothing is disclosed to this recipient for this period.</source>
        <translation>Nulla viene comunicato a questo destinatario per questo periodo.</translation>
    </message>
    <message>
        <source>Facts included: {n}. The preview is the file that will be saved.</source>
        <translation>Elementi inclusi: {n}. L&apos;anteprima è il file che verrà salvato.</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Salva il report</translation>
    </message>
</context>
<context>
    <name>ReportDialogBase</name>
    <message>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dal</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Al</translation>
    </message>
    <message>
        <source>Language of the report</source>
        <translation>Lingua del report</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facoltativa</translation>
    </message>
    <message>
        <source>PDF password</source>
        <translation>Password del PDF</translation>
    </message>
    <message>
        <source>&amp;Recipient:</source>
        <translation>&amp;Destinatario:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Lingua:</translation>
    </message>
    <message>
        <source>PDF pass&amp;word:</source>
        <translation>Pass&amp;word del PDF:</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Salva…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>A report cannot be dated after today.</source>
        <translation>Un report non può avere una data successiva a oggi.</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Preparazione dell&apos;anteprima…</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>Retention period passed</source>
        <translation>Periodo di conservazione scaduto</translation>
    </message>
    <message>
        <source>The retention period agreed for these engagements has passed. Erase the coachee&apos;s data when nothing else needs it; CoachDesk never erases on its own.</source>
        <translation>Il periodo di conservazione concordato per questi percorsi è scaduto. Cancella i dati del coachee quando non servono più; CoachDesk non cancella mai da solo.</translation>
    </message>
    <message>
        <source>Engagements past their retention period</source>
        <translation>Percorsi oltre il periodo di conservazione</translation>
    </message>
    <message>
        <source>{name} — {title}: kept until {until}</source>
        <translation>{name} — {title}: conservato fino al {until}</translation>
    </message>
    <message>
        <source>Erase {name}&apos;s data…</source>
        <translation>Cancella i dati di {name}…</translation>
    </message>
    <message>
        <source>A coachee with another engagement still within its retention period cannot be erased yet.</source>
        <translation>Un coachee con un altro percorso ancora nel periodo di conservazione non può ancora essere cancellato.</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search every note…</source>
        <translation>Cerca in tutte le note…</translation>
    </message>
    <message>
        <source>Search notes</source>
        <translation>Cerca nelle note</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Dai più recenti</translation>
    </message>
    <message>
        <source>Best match first</source>
        <translation>Dai più pertinenti</translation>
    </message>
    <message>
        <source>Order of the results</source>
        <translation>Ordine dei risultati</translation>
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
        <source>Matches: %n</source>
        <translation>
            <numerusform>Risultati: %n</numerusform>
            <numerusform>Risultati: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Matches: %n so far; scroll for more</source>
        <translation>
            <numerusform>Risultati finora: %n; scorri per vederne altri</numerusform>
            <numerusform>Risultati finora: %n; scorri per vederne altri</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionDetails</name>
    <message>
        <source>Date and time</source>
        <translation>Data e ora</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>Durata in minuti</translation>
    </message>
    <message>
        <source>Kind of session</source>
        <translation>Tipo di sessione</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Individuale</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Di gruppo</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Topic (training sessions)</source>
        <translation>Argomento (sessioni di formazione)</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Argomento</translation>
    </message>
</context>
<context>
    <name>SessionEditor</name>
    <message>
        <source>Delete session…</source>
        <translation>Elimina sessione…</translation>
    </message>
    <message>
        <source>Delete this session</source>
        <translation>Elimina questa sessione</translation>
    </message>
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
        <source>Sharing saved</source>
        <translation>Condivisione salvata</translation>
    </message>
    <message>
        <source>Not recorded: {reason}</source>
        <translation>Non registrato: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Saved. Consents or exceptions voided by this edit: %n. Record them again.</source>
        <translation>
            <numerusform>Salvato. Consensi o eccezioni annullati da questa modifica: %n. Vanno registrati di nuovo.</numerusform>
            <numerusform>Salvato. Consensi o eccezioni annullati da questa modifica: %n. Vanno registrati di nuovo.</numerusform>
        </translation>
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
        <source>Note item deleted. Edit → Undo delete puts it back.</source>
        <translation>Nota eliminata. Modifica → Annulla eliminazione la ripristina.</translation>
    </message>
    <message>
        <source>Note item restored</source>
        <translation>Nota ripristinata</translation>
    </message>
</context>
<context>
    <name>SharingControl</name>
    <message>
        <source>Private</source>
        <translation>Privata</translation>
    </message>
    <message>
        <source>Proposed: to ask the coachee</source>
        <translation>Proposta: da chiedere al coachee</translation>
    </message>
    <message>
        <source>Agreed by the coachee…</source>
        <translation>Consenso del coachee…</translation>
    </message>
    <message>
        <source>Exception: disclose without consent…</source>
        <translation>Eccezione: comunica senza consenso…</translation>
    </message>
    <message>
        <source>Share with {name}</source>
        <translation>Condividi con {name}</translation>
    </message>
    <message>
        <source>Do not share with {name}</source>
        <translation>Non condividere con {name}</translation>
    </message>
    <message>
        <source>exception void</source>
        <translation>eccezione annullata</translation>
    </message>
    <message>
        <source>The text changed after the exception was recorded: record it again. Until then it is not disclosed.</source>
        <translation>Il testo è cambiato dopo la registrazione dell&apos;eccezione: va registrata di nuovo. Fino ad allora la nota non viene comunicata.</translation>
    </message>
    <message>
        <source>exception</source>
        <translation>eccezione</translation>
    </message>
    <message>
        <source>Disclosed without consent: {why}</source>
        <translation>Comunicata senza consenso: {why}</translation>
    </message>
    <message>
        <source>consent needed again</source>
        <translation>consenso da richiedere</translation>
    </message>
    <message>
        <source>The text changed after the coachee agreed: ask again before it can be shared.</source>
        <translation>Il testo è cambiato dopo il consenso del coachee: chiedi di nuovo il consenso prima di condividere la nota.</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>bloccata</translation>
    </message>
    <message>
        <source>Blocked by the agreement: {reason}</source>
        <translation>Bloccata dall&apos;accordo: {reason}</translation>
    </message>
    <message>
        <source>agreed</source>
        <translation>concordata</translation>
    </message>
    <message>
        <source>Agreed on {day}, {how}</source>
        <translation>Concordata il {day}, {how}</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>proposta</translation>
    </message>
    <message>
        <source>Proposed: the coachee has not agreed yet.</source>
        <translation>Proposta: il coachee non ha ancora acconsentito.</translation>
    </message>
    <message>
        <source>private</source>
        <translation>privata</translation>
    </message>
    <message>
        <source>Private: not shared.</source>
        <translation>Privata: non condivisa.</translation>
    </message>
    <message>
        <source>Share with {name} again</source>
        <translation>Condividi di nuovo con {name}</translation>
    </message>
    <message>
        <source>The text changed since it was shared: share it again.</source>
        <translation>Il testo è cambiato da quando è stato condiviso: condividerlo di nuovo.</translation>
    </message>
    <message>
        <source>shared</source>
        <translation>condiviso</translation>
    </message>
    <message>
        <source>Shared with {name}</source>
        <translation>Condiviso con {name}</translation>
    </message>
    <message>
        <source>Shared with {name} since {day}: their own summary, kept up to date with each edit.</source>
        <translation>Condiviso con {name} dal {day}: è la sua sintesi, aggiornata a ogni modifica.</translation>
    </message>
    <message>
        <source>not shared</source>
        <translation>non condiviso</translation>
    </message>
    <message>
        <source>Not shared with {name}. Their own summary needs no consent: share it from this menu.</source>
        <translation>Non condiviso con {name}. La sua sintesi non richiede consenso: condividerla da questo menu.</translation>
    </message>
    <message>
        <source>Sharing with {who} ({role}): {state}</source>
        <translation>Condivisione con {who} ({role}): {state}</translation>
    </message>
</context>
<context>
    <name>StrengthLabel</name>
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
</context>
<context>
    <name>TeamAverages</name>
    <message>
        <source>The team&apos;s average per period</source>
        <translation>La media del team per periodo</translation>
    </message>
    <message numerus="yes">
        <source>Average over agents: %n</source>
        <translation>
            <numerusform>media di %n operatore</numerusform>
            <numerusform>media di %n operatori</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamEditing</name>
    <message>
        <source>{name} left the team on {day}.</source>
        <translation>{name} ha lasciato il team il {day}.</translation>
    </message>
    <message>
        <source>{name} is back in the team.</source>
        <translation>{name} è di nuovo nel team.</translation>
    </message>
    <message>
        <source>Measurements recorded: {n}</source>
        <translation>Misurazioni registrate: {n}</translation>
    </message>
    <message numerus="yes">
        <source>Team created. Agents: %n.</source>
        <translation>
            <numerusform>Team creato con %n operatore.</numerusform>
            <numerusform>Team creato con %n operatori.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add an agent</source>
        <translation>Aggiungi un operatore</translation>
    </message>
    <message>
        <source>The new agent&apos;s name:</source>
        <translation>Nome del nuovo operatore:</translation>
    </message>
    <message>
        <source>An agent needs a name: nobody was added.</source>
        <translation>Un operatore ha bisogno di un nome: non è stato aggiunto nessuno.</translation>
    </message>
    <message>
        <source>{name} is already in this team: nobody was added.</source>
        <translation>{name} è già in questo team: non è stato aggiunto nessuno.</translation>
    </message>
    <message>
        <source>Agent added.</source>
        <translation>Operatore aggiunto.</translation>
    </message>
    <message>
        <source>KPI set applied to the team.</source>
        <translation>KPI applicati al team.</translation>
    </message>
</context>
<context>
    <name>TeamModel</name>
    <message>
        <source>Agent</source>
        <translation>Operatore</translation>
    </message>
    <message>
        <source>Last coaching</source>
        <translation>Ultimo coaching</translation>
    </message>
    <message>
        <source>Coaching held</source>
        <translation>Coaching svolti</translation>
    </message>
    <message>
        <source>Last training</source>
        <translation>Ultima formazione</translation>
    </message>
    <message>
        <source>Training held</source>
        <translation>Formazioni svolte</translation>
    </message>
    <message>
        <source>Left the team</source>
        <translation>Data di uscita</translation>
    </message>
    <message>
        <source>Overdue / open actions</source>
        <translation>Azioni scadute / aperte</translation>
    </message>
    <message>
        <source>{date} · overdue</source>
        <translation>{date} · in ritardo</translation>
    </message>
    <message>
        <source>A coaching session was due on {date}.</source>
        <translation>Una sessione di coaching era prevista il {date}.</translation>
    </message>
    <message>
        <source>{open} open actions, {overdue} of them overdue</source>
        <translation>{open} azioni aperte, di cui {overdue} scadute</translation>
    </message>
    <message>
        <source>previous {v}</source>
        <translation>precedente {v}</translation>
    </message>
    <message>
        <source>baseline {v}</source>
        <translation>valore di partenza {v}</translation>
    </message>
    <message>
        <source>target {v}</source>
        <translation>target {v}</translation>
    </message>
</context>
<context>
    <name>TeamReportDialog</name>
    <message>
        <source>Team report</source>
        <translation>Report del team</translation>
    </message>
    <message>
        <source>The team&apos;s language</source>
        <translation>La lingua del team</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periodo:</translation>
    </message>
    <message>
        <source>Agents in the report</source>
        <translation>Operatori nel report</translation>
    </message>
    <message>
        <source>&lt;b&gt;Agents in the report&lt;/b&gt;</source>
        <translation>&lt;b&gt;Operatori nel report&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Nobody is a customer-service manager or team leader in any engagement yet: add one as a stakeholder with that role.</source>
        <translation>Nessuno è ancora responsabile customer service o team leader in un percorso: aggiungine uno come stakeholder con quel ruolo.</translation>
    </message>
    <message numerus="yes">
        <source>{agent} · {title} · facts included: %n</source>
        <translation>
            <numerusform>{agent} · {title} · %n elemento incluso</numerusform>
            <numerusform>{agent} · {title} · %n elementi inclusi</numerusform>
        </translation>
    </message>
    <message>
        <source>Agents whose agreement permits this recipient nothing are left out. The preview is the file that will be saved.</source>
        <translation>Gli operatori il cui accordo non consente nulla a questo destinatario sono esclusi. L&apos;anteprima è il file che verrà salvato.</translation>
    </message>
    <message>
        <source>Save the team report</source>
        <translation>Salva il report del team</translation>
    </message>
</context>
<context>
    <name>TeamViewDialog</name>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Team of</source>
        <translation>Team di</translation>
    </message>
    <message>
        <source>Agents and their KPIs</source>
        <translation>Operatori e i loro KPI</translation>
    </message>
    <message>
        <source>Enter &amp;measurements…</source>
        <translation>Inserisci &amp;misurazioni…</translation>
    </message>
    <message>
        <source>&amp;New team…</source>
        <translation>&amp;Nuovo team…</translation>
    </message>
    <message>
        <source>Add a&amp;gent…</source>
        <translation>Aggiungi o&amp;peratore…</translation>
    </message>
    <message>
        <source>&amp;KPI set…</source>
        <translation>&amp;KPI del team…</translation>
    </message>
    <message>
        <source>&amp;Remove from team…</source>
        <translation>&amp;Togli dal team…</translation>
    </message>
    <message>
        <source>Show agents who &amp;left</source>
        <translation>Mostra gli operatori &amp;usciti</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>Annu&amp;lla</translation>
    </message>
    <message>
        <source>Team &amp;of:</source>
        <translation>Team &amp;di:</translation>
    </message>
    <message>
        <source>&lt;b&gt;The team&apos;s average per period&lt;/b&gt;</source>
        <translation>&lt;b&gt;La media del team per periodo&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No team yet: create one with New team…, or add the customer-service manager or team leader as a stakeholder of each agent&apos;s engagement.</source>
        <translation>Nessun team per ora: creane uno con Nuovo team…, oppure aggiungi il responsabile customer service o il team leader come stakeholder del percorso di ogni operatore.</translation>
    </message>
    <message>
        <source>&amp;Bring back into the team</source>
        <translation>&amp;Riporta nel team</translation>
    </message>
    <message>
        <source>target met</source>
        <translation>target raggiunto</translation>
    </message>
    <message>
        <source>better than the baseline, target not yet met</source>
        <translation>meglio del valore di partenza, target non ancora raggiunto</translation>
    </message>
    <message>
        <source>worse than the baseline (or short of the target without one)</source>
        <translation>peggio del valore di partenza (o sotto il target, se manca)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Colour&lt;/b&gt; (against the target and baseline, by each KPI&apos;s direction): </source>
        <translation>&lt;b&gt;Colore&lt;/b&gt; (rispetto al target e al valore di partenza, secondo la direzione di ciascun KPI): </translation>
    </message>
    <message>
        <source>&lt;b&gt;Arrow&lt;/b&gt;: ▲ the value went up, ▼ it went down since the previous measurement (for a first one, since the baseline), then by how much; up is good or bad by the KPI (a lower handling time is better). Double-click an agent to open the engagement.</source>
        <translation>&lt;b&gt;Freccia&lt;/b&gt;: ▲ il valore è salito, ▼ è sceso rispetto alla misurazione precedente (per la prima, rispetto al valore di partenza), poi di quanto; salire è un bene o un male secondo il KPI (un tempo di gestione più basso è migliore). Fare doppio clic su un operatore per aprirne il percorso.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Last coaching&lt;/b&gt; in red, «overdue»: a coaching session was due by the engagement&apos;s cadence and none was held.</source>
        <translation>&lt;b&gt;Ultimo coaching&lt;/b&gt; in rosso, «in ritardo»: secondo la cadenza del percorso era prevista una sessione di coaching e non si è svolta.</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>Trend chart</source>
        <translation>Grafico di andamento</translation>
    </message>
    <message>
        <source>No measurements yet</source>
        <translation>Nessuna misurazione per ora</translation>
    </message>
    <message numerus="yes">
        <source>Values: %n, on {date}</source>
        <translation>
            <numerusform>Valori: %n, il {date}</numerusform>
            <numerusform>Valori: %n, il {date}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Values: %n, from {first} to {last}</source>
        <translation>
            <numerusform>Valori: %n, dal {first} al {last}</numerusform>
            <numerusform>Valori: %n, dal {first} al {last}</numerusform>
        </translation>
    </message>
    <message>
        <source>latest {value}</source>
        <translation>ultimo {value}</translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation>meglio se più basso</translation>
    </message>
    <message>
        <source>baseline {value}</source>
        <translation>valore di partenza {value}</translation>
    </message>
    <message>
        <source>target {value}</source>
        <translation>target {value}</translation>
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
        <translation>Inserisci la passphrase per aprire le tue note.</translation>
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
        <source>&amp;Set new passphrase and unlock</source>
        <translation>&amp;Imposta la nuova passphrase e sblocca</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Indietro</translation>
    </message>
    <message>
        <source>Use the &amp;recovery code…</source>
        <translation>Usa il codice di &amp;recupero…</translation>
    </message>
    <message>
        <source>Forgot your passphrase? Set a new one with your recovery code.</source>
        <translation>Hai dimenticato la passphrase? Impostane una nuova con il codice di recupero.</translation>
    </message>
    <message>
        <source>Type your passphrase first.</source>
        <translation>Prima scrivi la passphrase.</translation>
    </message>
    <message>
        <source>Setting the new passphrase…</source>
        <translation>Impostazione della nuova passphrase…</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Sblocco in corso…</translation>
    </message>
    <message>
        <source>Wrong passphrase. Please try again.</source>
        <translation>Passphrase errata. Riprova.</translation>
    </message>
    <message>
        <source>Your new passphrase is set, but the vault could not be opened: {reason}</source>
        <translation>La nuova passphrase è impostata, ma l&apos;archivio non si è potuto aprire: {reason}</translation>
    </message>
    <message>
        <source>That recovery code does not open this vault. Check it and try again; nothing was changed.</source>
        <translation>Questo codice di recupero non apre questo archivio. Controllalo e riprova; non è stato modificato nulla.</translation>
    </message>
</context>
<context>
    <name>action_status</name>
    <message>
        <source>open</source>
        <translation>aperta</translation>
    </message>
    <message>
        <source>done</source>
        <translation>completata</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>abbandonata</translation>
    </message>
</context>
<context>
    <name>entities</name>
    <message>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nessuna)</translation>
    </message>
</context>
<context>
    <name>kpis</name>
    <message>
        <source>Average handling time</source>
        <translation>Tempo medio di gestione</translation>
    </message>
    <message>
        <source>First-contact resolution</source>
        <translation>Risoluzione al primo contatto</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>Quality score</source>
        <translation>Punteggio di qualità</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>a reflection is never shared</source>
        <translation>una riflessione non viene mai condivisa</translation>
    </message>
    <message>
        <source>outside the report&apos;s period</source>
        <translation>fuori dal periodo del report</translation>
    </message>
    <message>
        <source>there is no agreement in force</source>
        <translation>non c&apos;è un accordo in vigore</translation>
    </message>
    <message>
        <source>the agreement does not permit this category for this role</source>
        <translation>l&apos;accordo non consente questa categoria a questo ruolo</translation>
    </message>
    <message>
        <source>the coachee has not agreed to share it</source>
        <translation>il coachee non ha acconsentito a condividere questa nota</translation>
    </message>
    <message>
        <source>consent void: the text changed after the coachee agreed</source>
        <translation>consenso annullato: il testo è cambiato dopo il consenso del coachee</translation>
    </message>
    <message>
        <source>the goal is not shared with this recipient</source>
        <translation>l&apos;obiettivo non è condiviso con questo destinatario</translation>
    </message>
    <message>
        <source>the action is not shared with this recipient</source>
        <translation>l&apos;azione non è condivisa con questo destinatario</translation>
    </message>
    <message>
        <source>exception void: the text changed after it was recorded</source>
        <translation>eccezione annullata: il testo è cambiato dopo la sua registrazione</translation>
    </message>
    <message>
        <source>consent or exception recorded after the report date</source>
        <translation>consenso o eccezione registrati dopo la data del report</translation>
    </message>
    <message>
        <source>attendance</source>
        <translation>presenze</translation>
    </message>
    <message>
        <source>goals</source>
        <translation>obiettivi</translation>
    </message>
    <message>
        <source>progress</source>
        <translation>progressi</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>piano d&apos;azione</translation>
    </message>
    <message>
        <source>summaries</source>
        <translation>sintesi</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>note</translation>
    </message>
    <message>
        <source>active</source>
        <translation>attivo</translation>
    </message>
    <message>
        <source>achieved</source>
        <translation>raggiunto</translation>
    </message>
    <message>
        <source>on hold</source>
        <translation>in pausa</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>abbandonato</translation>
    </message>
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
        <translation>Insight</translation>
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
    <message>
        <source>yyyy-MM-dd</source>
        <translation>dd/MM/yyyy</translation>
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
        <translation>Questo archivio è aperto in un&apos;altra finestra o in un altro processo di CoachDesk. Chiudi prima l&apos;archivio lì; non è stato modificato nulla.</translation>
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
        <translation>Qualcosa non ha funzionato ({kind}). Le note salvate sono al sicuro.</translation>
    </message>
</context>
<context>
    <name>services</name>
    <message>
        <source>--from is after --to: the period would be empty</source>
        <translation>la data d&apos;inizio è dopo quella di fine: il periodo sarebbe vuoto</translation>
    </message>
    <message>
        <source>a KPI&apos;s name cannot be empty</source>
        <translation>il nome di un KPI non può essere vuoto</translation>
    </message>
    <message>
        <source>a duration or a count cannot be negative</source>
        <translation>una durata o un conteggio non può essere negativo</translation>
    </message>
    <message>
        <source>a goal cannot end before it starts</source>
        <translation>un obiettivo non può finire prima di iniziare</translation>
    </message>
    <message>
        <source>a goal cannot end before its engagement starts</source>
        <translation>un obiettivo non può finire prima che inizi il suo percorso</translation>
    </message>
    <message>
        <source>a goal&apos;s title cannot be empty</source>
        <translation>il titolo di un obiettivo non può essere vuoto</translation>
    </message>
    <message>
        <source>a measurement must be a number</source>
        <translation>una misurazione deve essere un numero</translation>
    </message>
    <message>
        <source>a name cannot be empty</source>
        <translation>un nome non può essere vuoto</translation>
    </message>
    <message>
        <source>a percentage is from 0 to 100</source>
        <translation>una percentuale va da 0 a 100</translation>
    </message>
    <message>
        <source>a person can have only one role in an engagement</source>
        <translation>una persona può avere un solo ruolo in un percorso</translation>
    </message>
    <message>
        <source>a person&apos;s name cannot be empty</source>
        <translation>il nome di una persona non può essere vuoto</translation>
    </message>
    <message>
        <source>a report cannot be dated after today</source>
        <translation>un report non può avere una data successiva a oggi</translation>
    </message>
    <message>
        <source>a rating is from 1 to 10</source>
        <translation>una valutazione va da 1 a 10</translation>
    </message>
    <message>
        <source>a reflection is the coach&apos;s own thinking and is never shared</source>
        <translation>una riflessione è il pensiero del coach e non viene mai condivisa</translation>
    </message>
    <message>
        <source>a team needs a name and at least one agent</source>
        <translation>un team ha bisogno di un nome e di almeno un operatore</translation>
    </message>
    <message>
        <source>a title cannot be empty</source>
        <translation>un titolo non può essere vuoto</translation>
    </message>
    <message>
        <source>a vault cannot be created there: the folder is read-only</source>
        <translation>non è possibile creare un archivio in questa cartella: la cartella è di sola lettura</translation>
    </message>
    <message>
        <source>an action cannot be empty</source>
        <translation>un&apos;azione non può essere vuota</translation>
    </message>
    <message>
        <source>an agent needs a name</source>
        <translation>un operatore ha bisogno di un nome</translation>
    </message>
    <message>
        <source>an engagement cannot end before it starts</source>
        <translation>un percorso non può finire prima di iniziare</translation>
    </message>
    <message>
        <source>an engagement&apos;s title cannot be empty</source>
        <translation>il titolo di un percorso non può essere vuoto</translation>
    </message>
    <message>
        <source>an organisation&apos;s name cannot be empty</source>
        <translation>il nome di un&apos;organizzazione non può essere vuoto</translation>
    </message>
    <message>
        <source>cannot write there (permission denied)</source>
        <translation>impossibile scrivere lì (permesso negato)</translation>
    </message>
    <message>
        <source>could not write in the vault folder; nothing was changed</source>
        <translation>impossibile scrivere nella cartella dell&apos;archivio; non è stato modificato nulla</translation>
    </message>
    <message>
        <source>choose people who exist in the practice</source>
        <translation>scegli persone presenti nello studio</translation>
    </message>
    <message>
        <source>choose the manager (and team leader) among the people</source>
        <translation>scegli il responsabile (e il team leader) tra le persone</translation>
    </message>
    <message>
        <source>consent cannot be recorded with a date after today</source>
        <translation>il consenso non può essere registrato con una data successiva a oggi</translation>
    </message>
    <message>
        <source>disclosure without consent needs a written justification</source>
        <translation>una comunicazione senza consenso richiede una motivazione scritta</translation>
    </message>
    <message>
        <source>every KPI of the team needs a name</source>
        <translation>ogni KPI del team ha bisogno di un nome</translation>
    </message>
    <message>
        <source>every measurement must be a number</source>
        <translation>ogni misurazione deve essere un numero</translation>
    </message>
    <message>
        <source>no backup file at that path</source>
        <translation>nessun file di backup in quel percorso</translation>
    </message>
    <message>
        <source>no copy of this report was kept</source>
        <translation>non è stata conservata una copia di questo report</translation>
    </message>
    <message>
        <source>that KPI no longer exists</source>
        <translation>quel KPI non esiste più</translation>
    </message>
    <message>
        <source>that action no longer exists</source>
        <translation>quell&apos;azione non esiste più</translation>
    </message>
    <message>
        <source>that agent is not in this team</source>
        <translation>quell&apos;operatore non è in questo team</translation>
    </message>
    <message>
        <source>that engagement no longer exists</source>
        <translation>quel percorso non esiste più</translation>
    </message>
    <message>
        <source>that goal no longer exists</source>
        <translation>quell&apos;obiettivo non esiste più</translation>
    </message>
    <message>
        <source>that is a folder, not a file</source>
        <translation>quella è una cartella, non un file</translation>
    </message>
    <message>
        <source>that note item no longer exists</source>
        <translation>quella nota non esiste più</translation>
    </message>
    <message>
        <source>that person is not a recipient in this engagement</source>
        <translation>quella persona non è un destinatario di questo percorso</translation>
    </message>
    <message>
        <source>that person leads no team yet</source>
        <translation>quella persona non guida ancora nessun team</translation>
    </message>
    <message>
        <source>that session no longer exists</source>
        <translation>quella sessione non esiste più</translation>
    </message>
    <message>
        <source>the agreement names a role nobody has in this engagement</source>
        <translation>l&apos;accordo nomina un ruolo che nessuno ha in questo percorso</translation>
    </message>
    <message>
        <source>the coach profile cannot contain a NUL character</source>
        <translation>il profilo del coach non può contenere un carattere NUL</translation>
    </message>
    <message>
        <source>the coach&apos;s name cannot be empty</source>
        <translation>il nome del coach non può essere vuoto</translation>
    </message>
    <message>
        <source>the coachee cannot also be a stakeholder</source>
        <translation>il coachee non può essere anche uno stakeholder</translation>
    </message>
    <message>
        <source>the demo goes into an empty vault; this one already has data</source>
        <translation>la demo va in un archivio vuoto; questo contiene già dati</translation>
    </message>
    <message>
        <source>the file is too large to be a CoachDesk document</source>
        <translation>il file è troppo grande per essere un documento di CoachDesk</translation>
    </message>
    <message>
        <source>the file to import cannot be read (permission denied)</source>
        <translation>il file da importare non si può leggere (permesso negato)</translation>
    </message>
    <message>
        <source>the file to import does not exist</source>
        <translation>il file da importare non esiste</translation>
    </message>
    <message>
        <source>the kept copy of this report is damaged: run verify</source>
        <translation>la copia conservata di questo report è danneggiata: eseguire verify</translation>
    </message>
    <message>
        <source>the logo cannot be read: the image file is damaged</source>
        <translation>impossibile leggere il logo: il file dell&apos;immagine è danneggiato</translation>
    </message>
    <message>
        <source>the logo file cannot be read</source>
        <translation>impossibile leggere il file del logo</translation>
    </message>
    <message>
        <source>the logo file cannot be read (permission denied)</source>
        <translation>impossibile leggere il file del logo (permesso negato)</translation>
    </message>
    <message>
        <source>the logo file does not exist</source>
        <translation>il file del logo non esiste</translation>
    </message>
    <message>
        <source>the logo is larger than 1 MB</source>
        <translation>il logo supera 1 MB</translation>
    </message>
    <message>
        <source>the logo is more than 4096 pixels wide or high</source>
        <translation>il logo supera i 4096 pixel di larghezza o di altezza</translation>
    </message>
    <message>
        <source>the logo must be a PNG or JPEG image</source>
        <translation>il logo deve essere un&apos;immagine PNG o JPEG</translation>
    </message>
    <message>
        <source>the output folder does not exist</source>
        <translation>la cartella di destinazione non esiste</translation>
    </message>
    <message>
        <source>the output path is a folder; give a file name</source>
        <translation>il percorso di destinazione è una cartella; indica un nome di file</translation>
    </message>
    <message>
        <source>the period would be empty: its start is after its end</source>
        <translation>il periodo sarebbe vuoto: l&apos;inizio è dopo la fine</translation>
    </message>
    <message>
        <source>the text changed since it was shown; look at it again before recording consent</source>
        <translation>il testo è cambiato da quando è stato mostrato; rileggerlo prima di registrare il consenso</translation>
    </message>
    <message>
        <source>the value is outside the range its unit allows</source>
        <translation>il valore è fuori dall&apos;intervallo consentito dalla sua unità</translation>
    </message>
    <message>
        <source>the vault needs an upgrade, which its read-only folder does not allow: copy the vault folder to a writable place first</source>
        <translation>l&apos;archivio deve essere aggiornato, ma la sua cartella è di sola lettura: copiare prima la cartella dell&apos;archivio in una posizione scrivibile</translation>
    </message>
    <message>
        <source>the vault was not closed cleanly and its folder is read-only: copy the vault folder to a writable place to open it</source>
        <translation>l&apos;archivio non è stato chiuso correttamente e la sua cartella è di sola lettura: per aprirlo, copiare la cartella dell&apos;archivio in una posizione scrivibile</translation>
    </message>
    <message>
        <source>the vault&apos;s folder disappeared</source>
        <translation>la cartella dell&apos;archivio non esiste più</translation>
    </message>
    <message>
        <source>the vault&apos;s folder is read-only: the vault can be read and exported, not changed</source>
        <translation>la cartella dell&apos;archivio è di sola lettura: l&apos;archivio può essere consultato ed esportato, non modificato</translation>
    </message>
    <message>
        <source>this engagement has no agreement yet</source>
        <translation>questo percorso non ha ancora un accordo</translation>
    </message>
</context>
<context>
    <name>sharing</name>
    <message>
        <source>in session, verbally</source>
        <translation>in sessione, a voce</translation>
    </message>
    <message>
        <source>in session, in writing</source>
        <translation>in sessione, per iscritto</translation>
    </message>
    <message>
        <source>by email</source>
        <translation>per email</translation>
    </message>
</context>
</TS>

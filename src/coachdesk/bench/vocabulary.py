"""Word lists for the synthetic practice: real Italian and English coaching vocabulary,
extended with inflections to a few thousand distinct words."""

from __future__ import annotations

ITALIAN = """
il la di che e a in un una per non con si è da del della le lo gli dei delle al alla nel
nella sono ha ho abbiamo hanno come più perché anche ma se quando dove già però molto poco
sempre mai ancora oggi domani ieri settimana mese anno lavoro squadra team responsabile
cliente clienti collega colleghi capo manager direttore riunione riunioni progetto progetti
obiettivo obiettivi risultato risultati feedback conversazione difficile fiducia paura
energia tempo priorità priorità attività qualità responsabilità capacità difficoltà
opportunità città società novità identità decisione decisioni delega delegare delegato
ascolto ascoltare chiamata chiamate reclamo reclami soluzione soluzioni problema problemi
sessione sessioni coaching formazione crescita sviluppo piano azione azioni impegno
impegni convinzione convinzioni emozione emozioni stress carico turno turni orario
organizzazione cambiamento conflitto conflitti comunicazione presentazione consiglio
strategia strategico operativo operativa processo processi controllo qualità errore errori
sicurezza autonomia motivazione valore valori ruolo ruoli aspettativa aspettative confine
confini equilibrio famiglia salute sonno stanchezza entusiasmo orgoglio vergogna rabbia
calma pazienza coraggio chiarezza ascoltato capito deciso provato riuscito fallito
sentito detto fatto preparato concordato condiviso riservato proposto migliorato cresciuto
difficile facile importante urgente nuovo nuova vecchio giovane senior junior bravo brava
forte debole chiaro chiara aperto aperta gentile severo severa attento attenta stanco
stanca contento contenta preoccupato preoccupata tranquillo tranquilla sereno serena
"""

ENGLISH = """
the of and to a in that is was he she for it with as his her on be at by this had not are
but from or have an they which one you were all we their there been has would will more
when who so if out up about into than them can only other new some what time could these
two may first then do any like my now over such our man even most made after also did
many before must through back years where much your way well down should because each just
those people how too little state good very make world still own see men work long get
here between both life being under never day same another know while last might us great
old year off come since against go came right used take three team manager client clients
customer customers call calls complaint complaints handling resolution quality score target
baseline goal goals progress rating ratings meeting meetings board chairman chief officer
executive leadership leader leaders delegate delegation feedback conversation confidence
trust fear energy priority priorities responsibility decision decisions listen listening
solution solutions problem problems session sessions coaching training growth development
plan action actions commitment commitments belief beliefs emotion emotions stress workload
shift shifts schedule organisation change conflict communication presentation advice
strategy strategic operational process processes control error errors safety autonomy
motivation value values role roles expectation expectations boundary boundaries balance
family health sleep tiredness enthusiasm pride shame anger calm patience courage clarity
listened understood decided tried succeeded failed felt said done prepared agreed shared
private proposed improved grew difficult easy important urgent young senior junior strong
weak clear open kind strict careful tired happy worried relaxed peaceful transition
stakeholder stakeholders sponsor sponsors voice presence rehearse rehearsed opening
"""

_IT_SUFFIXES = ("", "mente", "zione", "ità", "ato", "ata", "ando", "ere", "ire", "issimo")
_EN_SUFFIXES = ("", "s", "ed", "ing", "ly", "ness", "ment", "er", "ful", "less")


def _inflect(word: str, suffix: str) -> str | None:
    """``word`` with ``suffix``, spelt as the language would (a final vowel gives way to a
    suffix that starts with one); ``None`` where the result would be no word at all."""
    if not suffix:
        return word
    if word.endswith("s") and suffix == "s":
        return None
    if word[-1] in "aeiouàèéìòù" and suffix[0] in "aeiouàèéìòù":
        word = word[:-1]
    if not word[-1].isalpha():
        return None
    return word + suffix


def _expand(words: str, suffixes: tuple[str, ...], limit: int) -> list[str]:
    base = list(dict.fromkeys(words.split()))
    out = list(base)
    for suffix in suffixes[1:]:
        for w in base:
            if len(w) > 3:
                inflected = _inflect(w, suffix)
                if inflected:
                    out.append(inflected)
    return list(dict.fromkeys(out))[:limit]


def vocabulary(language: str, size: int = 2500) -> list[str]:
    """Words in rank order (most frequent first): function words lead, as in real text."""
    if language == "it":
        return _expand(ITALIAN, _IT_SUFFIXES, size)
    return _expand(ENGLISH, _EN_SUFFIXES, size)

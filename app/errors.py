"""Errors the user may meet, each with a Dutch explanation and never with case data.

Every exception here carries a `Message` safe to show and to log: it is written by us and holds
no value that came from a case. Anything else that escapes is a defect; the crash path logs its
type and place only.
"""

from __future__ import annotations

import errno

from app.i18n import QT_TRANSLATE_NOOP, Message

CTX = "errors"


class MeldcodeError(Exception):
    """Base of all expected errors; `message` is shown to the user as it is: what happened,
    what to do, whom to ask, in plain words. `details` holds the technical side (the words a
    beheerder searches for), shown only when asked."""

    details: Message | None = None

    def __init__(self, message: Message) -> None:
        super().__init__(message.format())
        self.message = message


class VaultError(MeldcodeError):
    pass


class PlainSqliteRefused(VaultError):
    def __init__(self) -> None:
        super().__init__(
            Message(
                CTX,
                QT_TRANSLATE_NOOP(
                    "errors",
                    "De databasebibliotheek versleutelt niet (SQLCipher ontbreekt). "
                    "Meldcode Werkplek werkt nooit met een onversleutelde database.",
                ),
            )
        )


class VaultMissing(VaultError):
    def __init__(self) -> None:
        super().__init__(
            Message(
                CTX, QT_TRANSLATE_NOOP("errors", "Er is op deze plek nog geen kluis aangemaakt.")
            )
        )


class VaultAlreadyExists(VaultError):
    def __init__(self) -> None:
        super().__init__(
            Message(
                CTX,
                QT_TRANSLATE_NOOP(
                    "errors", "Op deze plek staat al een kluis; die wordt niet overschreven."
                ),
            )
        )


class WrongPassphrase(VaultError):
    def __init__(self, delay_seconds: int) -> None:
        self.delay_seconds = delay_seconds
        if delay_seconds:
            text = QT_TRANSLATE_NOOP(
                "errors",
                "De wachtzin klopt niet. U kunt het over {seconds} seconden opnieuw proberen.",
            )
        else:
            text = QT_TRANSLATE_NOOP("errors", "De wachtzin klopt niet. Probeer het opnieuw.")
        super().__init__(Message(CTX, text, {"seconds": delay_seconds}))


class WrongLoginOrPassphrase(WrongPassphrase):
    """On the practice server: whether the login exists is not told apart."""

    def __init__(self) -> None:
        self.delay_seconds = 0
        VaultError.__init__(
            self,
            Message(
                CTX,
                QT_TRANSLATE_NOOP(
                    "errors", "De inlognaam of de wachtzin klopt niet. Probeer het opnieuw."
                ),
            ),
        )


class WrongRecoveryCode(VaultError):
    def __init__(self, delay_seconds: int) -> None:
        self.delay_seconds = delay_seconds
        super().__init__(
            Message(
                CTX,
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Deze herstelcode past niet bij deze kluis. Controleer de code op uw "
                    "papieren afdruk.",
                ),
            )
        )


class UnlockThrottled(VaultError):
    def __init__(self, seconds: int) -> None:
        self.seconds = seconds
        super().__init__(
            Message(
                CTX,
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Na meerdere mislukte pogingen moet u even wachten: nog {seconds} seconden.",
                ),
                {"seconds": seconds},
            )
        )


class DeviceSecretMissing(VaultError):
    details = Message(
        CTX,
        QT_TRANSLATE_NOOP(
            "errors",
            "Technisch: het apparaatgeheim van deze kluis ontbreekt in de sleutelbos van het "
            "systeem (Windows Referentiebeheer, macOS Sleutelhanger of Secret Service), of die "
            "sleutelbos antwoordt niet.",
        ),
    )

    def __init__(self) -> None:
        super().__init__(
            Message(
                CTX,
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Uw wachtzin opent deze kluis niet op deze computer. Dat gebeurt als de "
                    "kluis van een andere computer komt, of als de beveiligde opslag van deze "
                    "computer niet werkt. U kunt de kluis openen met de herstelcode en daarna "
                    "een nieuwe wachtzin kiezen. Heeft u de herstelcode niet, vraag dan uw "
                    "beheerder om hulp.",
                ),
            )
        )


class VaultDamaged(VaultError):
    details = Message(
        CTX,
        QT_TRANSLATE_NOOP(
            "errors",
            "Technisch: de controle van de versleutelde pagina's (HMAC per pagina van "
            "SQLCipher) faalt in meldcode.db.",
        ),
    )

    def __init__(self) -> None:
        super().__init__(
            Message(
                CTX,
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Het kluisbestand is beschadigd. Er is niets gewijzigd. Zet een "
                    "reservekopie terug; vraag uw beheerder als u er geen heeft.",
                ),
            )
        )


class KeyFileDamaged(VaultError):
    details = Message(
        CTX,
        QT_TRANSLATE_NOOP(
            "errors",
            "Technisch: meldcode.keys (de sleutelvakken naast de kluis) is onleesbaar, "
            "ontbreekt of hoort bij een andere kluis.",
        ),
    )

    def __init__(self) -> None:
        super().__init__(
            Message(
                CTX,
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Het sleutelbestand van de kluis is beschadigd of weg, dus de kluis gaat "
                    "niet open. Er is niets gewijzigd. Zet een reservekopie terug met de "
                    "herstelcode; vraag uw beheerder als u geen reservekopie heeft.",
                ),
            )
        )


class VaultTooNew(VaultError):
    def __init__(self, found: int, supported: int) -> None:
        super().__init__(
            Message(
                CTX,
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Deze kluis is gemaakt met een nieuwere versie van Meldcode Werkplek "
                    "(schema {found}; deze versie kent tot {supported}). Werk het programma bij.",
                ),
                {"found": found, "supported": supported},
            )
        )


class DiskFull(VaultError):
    def __init__(self) -> None:
        super().__init__(
            Message(
                CTX,
                QT_TRANSLATE_NOOP(
                    "errors",
                    "De schijf is vol. Er is niets half opgeslagen; maak ruimte vrij en probeer "
                    "het opnieuw.",
                ),
            )
        )


class AuditLogDamaged(VaultError):
    """The log's last link (`audit_head`) is unreadable: nothing more can be written safely."""

    def __init__(self) -> None:
        super().__init__(
            Message(
                CTX,
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Het logboek van de kluis is beschadigd: de laatste schakel van de keten is "
                    "onleesbaar. Er is niets gewijzigd. Zet een reservekopie terug en meld dit "
                    "aan uw beheerder.",
                ),
            )
        )


class StorageFailed(VaultError):
    def __init__(self) -> None:
        super().__init__(
            Message(
                CTX,
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Opslaan is niet gelukt door een fout van het bestandssysteem. Er is niets "
                    "half opgeslagen; probeer het opnieuw.",
                ),
            )
        )


class VaultClosed(VaultError):
    def __init__(self) -> None:
        super().__init__(
            Message(
                CTX, QT_TRANSLATE_NOOP("errors", "De kluis is vergrendeld. Ontgrendel haar eerst.")
            )
        )


class BackupInvalid(VaultError):
    def __init__(self) -> None:
        super().__init__(
            Message(
                CTX,
                QT_TRANSLATE_NOOP(
                    "errors", "Dit bestand is geen (volledige) reservekopie van Meldcode Werkplek."
                ),
            )
        )


class BackupMissing(VaultError):
    """The file named is not there (a typing error, a USB stick not in): not a bad backup."""

    def __init__(self, path: str) -> None:
        super().__init__(
            Message(
                CTX,
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Het bestand {path} is er niet. Kijk of de naam klopt en of de schijf of "
                    "USB-stick met de reservekopie is aangesloten.",
                ),
                {"path": path},
            ),
        )


class NotAllowed(MeldcodeError):
    def __init__(self, message: Message) -> None:
        super().__init__(message)


class EntryWithdrawn(NotAllowed):
    def __init__(self) -> None:
        super().__init__(
            Message(
                CTX,
                QT_TRANSLATE_NOOP(
                    "errors", "Dit onderdeel is ingetrokken en kan niet meer worden gewijzigd."
                ),
            )
        )


class CheckAlreadyDone(NotAllowed):
    def __init__(self) -> None:
        super().__init__(
            Message(
                CTX,
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Deze controle heeft al een uitkomst. Klopt die niet, corrigeer haar dan.",
                ),
            )
        )


class AssessmentNotCorrectable(NotAllowed):
    def __init__(self) -> None:
        super().__init__(
            Message(
                CTX,
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Een weging wordt niet gecorrigeerd. Doorloop het afwegingskader opnieuw; de "
                    "eerdere weging blijft in het dossier staan.",
                ),
            )
        )


class DecisionCarriedOut(NotAllowed):
    """A decision whose melding is registered: withdraw the melding first."""

    def __init__(self) -> None:
        super().__init__(
            Message(
                CTX,
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Bij deze beslissing is een melding geregistreerd. Trek eerst de melding in "
                    "als die niet klopt.",
                ),
            )
        )


class ValidationError(MeldcodeError):
    """Bad input: one Dutch message per field, so the UI can show each at its field."""

    def __init__(self, field_errors: dict[str, Message]) -> None:
        self.field_errors = dict(field_errors)
        first = next(iter(self.field_errors.values()))
        super().__init__(first)


def is_disk_full(exc: BaseException) -> bool:
    if isinstance(exc, OSError) and exc.errno == errno.ENOSPC:
        return True
    return "disk is full" in str(exc).lower() or "database or disk is full" in str(exc).lower()


class RecordNotFound(MeldcodeError):
    def __init__(self) -> None:
        super().__init__(
            Message(
                CTX, QT_TRANSLATE_NOOP("errors", "Dit onderdeel bestaat niet (meer) in de kluis.")
            )
        )


class AccessDenied(NotAllowed):
    """The user's role or the practice's visibility rule does not give access; it is logged."""

    CASE_CONTENTS = QT_TRANSLATE_NOOP(
        "errors",
        "Als praktijkmanager heeft u geen toegang tot de inhoud van casussen (namen, signalen, "
        "stappen, wegingen, documenten). U ziet wel aantallen, de registraties, het logboek en "
        "de gebruikers. Deze poging is in het logboek vastgelegd.",
    )
    CASE_NOT_VISIBLE = QT_TRANSLATE_NOOP(
        "errors",
        "Deze casus is niet met u gedeeld. Vraag wie de casus opende om hem met u te delen. "
        "Deze poging is in het logboek vastgelegd.",
    )
    ADMIN_ONLY = QT_TRANSLATE_NOOP(
        "errors", "Alleen een beheerder kan gebruikers toevoegen, wijzigen of uitschakelen."
    )
    LOG_ONLY = QT_TRANSLATE_NOOP(
        "errors",
        "Het logboek van de praktijk lezen alleen de praktijkmanager en een beheerder. De "
        "geschiedenis van een casus ziet u bij die casus. Deze poging is in het logboek "
        "vastgelegd.",
    )
    CHECK_ONLY = QT_TRANSLATE_NOOP(
        "errors",
        "Alleen een beheerder of de praktijkmanager kan de gegevens van de praktijk "
        "controleren. Deze poging is in het logboek vastgelegd.",
    )
    RECOVERY_ONLY = QT_TRANSLATE_NOOP(
        "errors",
        "Met de herstelcode kunt u alleen een nieuwe wachtzin kiezen of een reservekopie "
        "terugzetten. Kies eerst een nieuwe wachtzin.",
    )
    PASSPHRASE_FIRST = QT_TRANSLATE_NOOP(
        "errors",
        "U werkt nog met een eerste wachtzin die een beheerder gaf. Kies eerst uw eigen wachtzin.",
    )
    USER_INACTIVE = QT_TRANSLATE_NOOP(
        "errors", "Deze gebruiker is uitgeschakeld. Een beheerder kan hem weer inschakelen."
    )
    LAST_ADMIN = QT_TRANSLATE_NOOP(
        "errors",
        "Er moet altijd een actieve beheerder blijven; maak eerst iemand anders beheerder.",
    )

    def __init__(self, text: str) -> None:
        super().__init__(Message(CTX, text))
        self.text = text


class VaultInUse(VaultError):
    """Another program (here or on another computer) has this vault open."""

    def __init__(self, holder: str, computer: str, since: str) -> None:
        self.holder, self.computer, self.since = holder, computer, since
        if holder:
            text = QT_TRANSLATE_NOOP(
                "errors",
                "De kluis is al geopend door {holder} op computer {computer}, sinds {since}. "
                "Eén programma tegelijk kan de kluis gebruiken. Vraag {holder} de kluis te "
                "vergrendelen en probeer het dan opnieuw.",
            )
        else:
            text = QT_TRANSLATE_NOOP(
                "errors",
                "De kluis is al geopend in een ander programma. Eén programma tegelijk kan de "
                "kluis gebruiken. Vergrendel de kluis daar en probeer het dan opnieuw.",
            )
        super().__init__(
            Message(CTX, text, {"holder": holder, "computer": computer, "since": since})
        )


class SealedFieldMismatch(VaultError):
    """A sealed value from the practice server does not open at its place (table, column, row):
    moved there from elsewhere, altered, or sealed under another practice's key."""

    def __init__(self) -> None:
        super().__init__(
            Message(
                CTX,
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Een versleuteld gegeven op de praktijkserver hoort niet op deze plaats of "
                    "is gewijzigd. Er is niets getoond of opgeslagen. Meld dit aan uw beheerder.",
                ),
            )
        )


class ServerTooNew(VaultError):
    def __init__(self, found: int, supported: int) -> None:
        super().__init__(
            Message(
                CTX,
                QT_TRANSLATE_NOOP(
                    "errors",
                    "De praktijkserver is bijgewerkt door een nieuwere versie van Meldcode "
                    "Werkplek (schema {found}; deze versie kent tot {supported}). Werk het "
                    "programma bij.",
                ),
                {"found": found, "supported": supported},
            )
        )


class ServerBehind(VaultError):
    def __init__(self, found: int, supported: int) -> None:
        super().__init__(
            Message(
                CTX,
                QT_TRANSLATE_NOOP(
                    "errors",
                    "De praktijkserver is nog niet bijgewerkt voor deze versie van Meldcode "
                    "Werkplek (schema {found}; deze versie werkt met {supported}). Vraag uw "
                    "beheerder 'meldcode-werkplek server migrate' uit te voeren. Er is niets "
                    "veranderd.",
                ),
                {"found": found, "supported": supported},
            )
        )


class ServerUnreachable(VaultError):
    def __init__(self) -> None:
        super().__init__(
            Message(
                CTX,
                QT_TRANSLATE_NOOP(
                    "errors",
                    "De praktijkserver is niet bereikbaar: het netwerk is weg of de server wordt "
                    "herstart. Er is niets half opgeslagen. Probeer het zo opnieuw, of vraag uw "
                    "beheerder of de server aan staat.",
                ),
            )
        )


class ServerFailed(VaultError):
    """The practice server answered, but could not do what was asked (not a lost connection)."""

    def __init__(self) -> None:
        super().__init__(
            Message(
                CTX,
                QT_TRANSLATE_NOOP(
                    "errors",
                    "De praktijkserver kon dit niet opslaan of lezen. Er is niets half "
                    "opgeslagen. Probeer het opnieuw; blijft het misgaan, vraag dan uw beheerder "
                    "naar de server.",
                ),
            )
        )


class ChangedElsewhere(NotAllowed):
    """Saved on the practice server by someone else since this was opened."""

    def __init__(self) -> None:
        super().__init__(
            Message(
                CTX,
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Een collega heeft dit intussen op een andere computer gewijzigd. Er is "
                    "niets overschreven: bekijk eerst de nieuwe versie en sla uw wijziging "
                    "daarna opnieuw op.",
                ),
            )
        )

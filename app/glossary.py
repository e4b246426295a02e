"""The one glossary: the English names in code and the Dutch words users read.

Code speaks English; screens, PDFs and messages speak the domain's Dutch. When a name in the
code stands for a domain concept, it is the English word on the left.
"""

GLOSSARY: dict[str, str] = {
    "Case": "casus",
    "Signal": "signaal",
    "Person": "betrokkene",
    "Reporter": "melder",
    "Report": "melding",
    "AdviceRequest": "adviesvraag",
    "Framework": "afwegingskader",
    "ProfessionGroup": "beroepsgroep",
    "Assessment": "weging (afwegingskader doorlopen)",
    "Consultation": "collegiale consultatie",
    "Conversation": "gesprek met de cliënt",
    "Decision": "beslissing",
    "FollowUp": "vervolg / nazorg",
    "ChildCheck": "kindcheck",
    "DesignatedConsultee": "aandachtsfunctionaris",
    "ConfidentialDoctor": "vertrouwensarts",
    "ChildcareOperator": "houder",
    "ConfidentialInspector": "vertrouwensinspecteur",
    "File": "dossier",
    "AnnualOverview": "jaaroverzicht",
    "AcuteUnsafety": "acute onveiligheid",
    "StructuralUnsafety": "structurele onveiligheid",
    "Vault": "kluis",
    "KeySlot": "sleutelvak",
    "RecoveryCode": "herstelcode",
    "Passphrase": "wachtzin",
    "AuditLog": "logboek (toegangslog)",
    "Backup": "reservekopie",
    "PracticeMode": "oefenmodus",
    "SocialMap": "sociale kaart",
    "Today": "vandaag",
    "VeiligThuis": "Veilig Thuis",
}

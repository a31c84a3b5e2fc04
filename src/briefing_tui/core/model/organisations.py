"""International organisations that can be a side of a meeting, with the code a briefing uses.

Readouts constantly have an organisation as the counterpart or the publisher (the AU Commission,
the Council of Europe, ASEAN...), so a participant's ``country`` may be one of these codes as well
as an ISO 3166 code. No maintained package lists intergovernmental organisations, so this is a
deliberately chosen table: the regional and intergovernmental organisations with standing observer
status at the UN General Assembly that have a secretariat whose head meets ministers, and the UN
system's funds, programmes, specialised agencies and related organisations, the other entities
with observer status (the Red Cross's committee and federation), and the multilateral development
banks, each under the abbreviation it uses for itself ("CoE", "OSCE", "UNHCR", "AfDB"). A
principle, not the readouts seen: an organisation joins the table because it is one of these, and
its other names are the ones it uses for itself ("UN Refugee Agency"). ``EU`` and ``UN`` are ISO 3166's own reserved
codes. The one abbreviation ISO 3166 already gives a state, "AU" (Australia), is the African
Union's "AUC": readouts meet the officers of its Commission. Each seat gives the zone a call with
the organisation defaults to.
"""

from __future__ import annotations

from typing import NamedTuple


class Organisation(NamedTuple):
    code: str
    name: str  # as readouts write it, without "the"
    zone: str  # the seat's zone
    # Other names it uses for itself ("UN Refugee Agency"); a name that begins "United Nations" is
    # also read with "UN" (importer/places.py).
    aliases: tuple[str, ...] = ()


ORGANISATIONS: tuple[Organisation, ...] = (
    Organisation("EU", "European Union", "Europe/Brussels"),
    Organisation("UN", "United Nations", "America/New_York"),
    Organisation("NATO", "North Atlantic Treaty Organization", "Europe/Brussels"),
    Organisation("AUC", "African Union", "Africa/Addis_Ababa"),
    Organisation("CoE", "Council of Europe", "Europe/Paris"),
    Organisation("Commonwealth", "Commonwealth", "Europe/London"),
    Organisation("OSCE", "Organization for Security and Co-operation in Europe", "Europe/Vienna"),
    Organisation("OAS", "Organization of American States", "America/New_York"),
    Organisation("ASEAN", "Association of Southeast Asian Nations", "Asia/Jakarta"),
    Organisation("PIF", "Pacific Islands Forum", "Pacific/Fiji"),
    Organisation("CARICOM", "Caribbean Community", "America/Guyana"),
    Organisation("ECOWAS", "Economic Community of West African States", "Africa/Lagos"),
    Organisation("SADC", "Southern African Development Community", "Africa/Gaborone"),
    Organisation("EAC", "East African Community", "Africa/Dar_es_Salaam"),
    Organisation("IGAD", "Intergovernmental Authority on Development", "Africa/Djibouti"),
    Organisation("GCC", "Gulf Cooperation Council", "Asia/Riyadh"),
    Organisation("LAS", "League of Arab States", "Africa/Cairo"),
    Organisation("OIC", "Organisation of Islamic Cooperation", "Asia/Riyadh"),
    Organisation("SCO", "Shanghai Cooperation Organisation", "Asia/Shanghai"),
    Organisation("CIS", "Commonwealth of Independent States", "Europe/Minsk"),
    Organisation("OIF", "Organisation internationale de la Francophonie", "Europe/Paris"),
    Organisation("CPLP", "Community of Portuguese Language Countries", "Europe/Lisbon"),
    Organisation("SICA", "Central American Integration System", "America/El_Salvador"),
    Organisation("OECD", "Organisation for Economic Co-operation and Development", "Europe/Paris"),
    Organisation("IAEA", "International Atomic Energy Agency", "Europe/Vienna"),
    Organisation("WHO", "World Health Organization", "Europe/Zurich"),
    Organisation("WTO", "World Trade Organization", "Europe/Zurich"),
    Organisation("IMF", "International Monetary Fund", "America/New_York"),
    Organisation("ICC", "International Criminal Court", "Europe/Amsterdam"),
    # The UN system's funds, programmes and specialised agencies (beyond WHO, IAEA and the WTO above)
    Organisation("UNHCR", "United Nations High Commissioner for Refugees", "Europe/Zurich", ("UN Refugee Agency",)),
    Organisation("UNICEF", "United Nations Children's Fund", "America/New_York"),
    Organisation("UNDP", "United Nations Development Programme", "America/New_York"),
    Organisation("UNFPA", "United Nations Population Fund", "America/New_York"),
    Organisation("UNEP", "United Nations Environment Programme", "Africa/Nairobi"),
    Organisation(
        "UNRWA", "United Nations Relief and Works Agency for Palestine Refugees in the Near East", "Asia/Amman"
    ),
    Organisation("WFP", "World Food Programme", "Europe/Rome"),
    Organisation("UNESCO", "United Nations Educational, Scientific and Cultural Organization", "Europe/Paris"),
    Organisation("FAO", "Food and Agriculture Organization of the United Nations", "Europe/Rome"),
    Organisation("ILO", "International Labour Organization", "Europe/Zurich"),
    Organisation("IOM", "International Organization for Migration", "Europe/Zurich"),
    Organisation("UNIDO", "United Nations Industrial Development Organization", "Europe/Vienna"),
    Organisation("IFAD", "International Fund for Agricultural Development", "Europe/Rome"),
    Organisation("ITU", "International Telecommunication Union", "Europe/Zurich"),
    Organisation("WMO", "World Meteorological Organization", "Europe/Zurich"),
    Organisation("UNCTAD", "United Nations Conference on Trade and Development", "Europe/Zurich"),
    Organisation("OHCHR", "United Nations High Commissioner for Human Rights", "Europe/Zurich"),
    # Other entities with observer status at the General Assembly
    Organisation("ICRC", "International Committee of the Red Cross", "Europe/Zurich"),
    Organisation("IFRC", "International Federation of Red Cross and Red Crescent Societies", "Europe/Zurich"),
    Organisation("CAN", "Andean Community", "America/Lima", ("Comunidad Andina",)),
    Organisation("EEC", "Eurasian Economic Commission", "Europe/Moscow", ("Eurasian Economic Union",)),
    # The multilateral development banks
    Organisation("WBG", "World Bank Group", "America/New_York", ("World Bank",)),
    Organisation("EBRD", "European Bank for Reconstruction and Development", "Europe/London"),
    Organisation("EIB", "European Investment Bank", "Europe/Luxembourg"),
    Organisation("ADB", "Asian Development Bank", "Asia/Manila"),
    Organisation("AfDB", "African Development Bank", "Africa/Abidjan"),
    Organisation("IDB", "Inter-American Development Bank", "America/New_York"),
    Organisation("AIIB", "Asian Infrastructure Investment Bank", "Asia/Shanghai"),
    Organisation("IsDB", "Islamic Development Bank", "Asia/Riyadh"),
    Organisation("NDB", "New Development Bank", "Asia/Shanghai"),
)

BY_CODE: dict[str, Organisation] = {o.code: o for o in ORGANISATIONS}

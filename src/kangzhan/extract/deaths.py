"""The words of a soldier's death in the war that every reader of one counts: fell in battle (阵亡, 战死), gave his
life (牺牲, 捐躯), died for the country, at his post or in the disaster (殉国, 殉职, 殉难). Each reader adds those of
what it reads (roll: 就义 in a fight it names; fight_places: a wound), as fights add theirs to fight_words.FIGHT_WORDS."""

from __future__ import annotations

DEATH_WORDS = ("牺牲", "阵亡", "殉国", "战死", "殉职", "殉难", "捐躯")

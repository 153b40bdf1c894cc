"""The words of fighting every reader of a fight counts: an attack, a siege, a break-out, an ambush, the enemy killed
or beaten back, losses. Each reader adds those of what it reads (implied.FIGHTING: a campaign's moves;
local_action._FOUGHT: any word of attacking, taking or holding; pipeline._FOUGHT: an action opened, a clash, a
defence; fights._FIGHT_WORD; report_items._FIGHTING), as the readers of a death add theirs to deaths.DEATH_WORDS.
A module of its own so that every reader can import it (local_action is imported by implied)."""

from __future__ import annotations

FIGHT_WORDS = ("进攻", "攻击", "激战", "围攻", "突围", "包围", "歼灭", "伤亡", "血战", "反攻", "伏击", "袭击", "击毙", "击退", "消灭",
               "毙伤")

import { describe, expect, it } from "vitest";
import { lightStem } from "@/lib/text/light-stem";

describe("lightStem", () => {
  it.each([
    // A verb and the noun made from it share a stem.
    ["recycler", "recycl"],
    ["recyclage", "recycl"],
    ["recyclez", "recycl"],
    ["recyclees", "recycl"],
    ["nettoyer", "nettoy"],
    ["nettoyage", "nettoy"],
    ["planter", "plant"],
    ["plantation", "plant"],
    ["jardinage", "jardin"],
    ["sensibilisation", "sensibilis"],
    ["environnement", "environn"],
    ["agriculteurs", "agricult"],
    // English.
    ["planting", "plant"],
    ["cleaning", "clean"],
    ["planted", "plant"],
    // A plural finds its singular.
    ["dechets", "dechet"],
    ["arbres", "arbre"],
    ["panneaux", "panneau"],
    ["ecoles", "ecole"],
    ["trees", "tree"],
  ])("reads %s as %s", (word, stem) => {
    expect(lightStem(word)).toBe(stem);
  });

  it.each([
    // Stems this short would find unrelated words, in every language.
    ["village", "would find ville"],
    ["fromage", "would find the English from"],
    ["formation", "would find former and formulaire"],
    ["paysage", "would find pays"],
    ["plus", "would find pluie"],
    ["eaux", "has too few letters"],
    ["water", "has too few letters"],
    // No final e is removed: ecol would find ecologie.
    ["ecole", "would find ecologie"],
    ["energie", "has no ending"],
    // Only Latin letters: Arabic has its own rules, numbers none.
    ["مراكش", "is Arabic"],
    ["2016", "is a number"],
    ["cop22", "holds a digit"],
  ])("leaves %s alone: it %s", (word) => {
    expect(lightStem(word)).toBe(word);
  });
});

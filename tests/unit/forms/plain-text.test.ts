import { describe, expect, it } from "vitest";
import { CONTROL_CHARACTER_MESSAGE, withoutControlCharacters } from "@/lib/forms/plain-text";
import { manualRegistrationSchema } from "@/lib/registration/add-by-hand";
import { fieldErrorsFrom, registrationInputFromForm, registrationInputSchema } from "@/lib/registration/schema";
import { parseEventFilters } from "@/lib/events/filters";
import { evaluationQuestionFormSchema } from "@/lib/evaluation/questions";
import { materialFormSchema } from "@/lib/materials/rules";

const person = { name: "Noor de Vries", email: "noor@example.org", consent: true };

describe("control characters in text input", () => {
  it("refuses a NUL or another control character in a name, organisation, role or team field, with a Dutch message on that field", () => {
    const result = registrationInputSchema.safeParse({
      ...person,
      name: "Noor\u0000 de Vries",
      organisation: "Gemeente\u0007 Utrecht",
      role: "Beleids\tadviseur",
      team: { organisation: "Gemeente\u0000 Zeist", name: "Wijkteam\u001b", participants: [{ name: "Koen\u0000", email: "koen@example.org" }] },
    });
    expect(result.success).toBe(false);
    const errors = fieldErrorsFrom(result.error!);
    for (const field of ["name", "organisation", "role", "team.organisation", "team.name", "team.participants.0.name"]) {
      expect(errors[field], field).toEqual([CONTROL_CHARACTER_MESSAGE]);
    }
  });

  it("refuses them in the form's fields too (the same schema), and in a question or an answer except line breaks and tabs", () => {
    const form = new FormData();
    for (const [key, value] of [["name", "Noor de Vries"], ["email", "noor@example.org"], ["consent", "on"], ["question", "Eerste regel\r\n\tTweede\u0000"], ["answer-3", "ja\u0000"]]) {
      form.append(key!, value!);
    }
    const result = registrationInputSchema.safeParse(registrationInputFromForm(form));
    expect(result.success).toBe(false);
    expect(fieldErrorsFrom(result.error!)).toEqual({ question: [CONTROL_CHARACTER_MESSAGE], "answers.3": [CONTROL_CHARACTER_MESSAGE] });

    const lines = registrationInputSchema.safeParse({ ...person, question: "Eerste regel\r\n\tTweede regel" });
    expect(lines.success).toBe(true);
  });

  it("refuses them when an organiser adds someone by hand", () => {
    const result = manualRegistrationSchema.safeParse({ ...person, name: "Noor\u0000" });
    expect(result.success).toBe(false);
    expect(fieldErrorsFrom(result.error!).name).toEqual([CONTROL_CHARACTER_MESSAGE]);
  });

  it("drops them from a search term, which then still searches", () => {
    expect(withoutControlCharacters("hinder\u0000nis\u007f")).toBe("hindernis");
    expect(parseEventFilters(new URLSearchParams("q=hinder%00nis")).filters.q).toBe("hindernis");
  });
});

describe("control characters in an organiser's text", () => {
  it("refuses them in a material's title and an evaluation question, with the Dutch message on that field", () => {
    const material = materialFormSchema.safeParse({ title: "Dia's\u0000", url: "https://example.org/dia" });
    expect(material.success).toBe(false);
    expect(fieldErrorsFrom(material.error!).title).toEqual([CONTROL_CHARACTER_MESSAGE]);

    const question = evaluationQuestionFormSchema.safeParse({ intent: "add", kind: "text", label: "Wat neem je mee?\u0000" });
    expect(question.success).toBe(false);
    expect(fieldErrorsFrom(question.error!).label).toEqual([CONTROL_CHARACTER_MESSAGE]);
    expect(evaluationQuestionFormSchema.safeParse({ intent: "add", kind: "text", label: "Wat neem je mee?" }).success).toBe(true);
  });
});

// Hand-written drafts that say a forbidden thing by meaning rather than by the usual words: the offer tied to a
// review, the condition, the request to change or take a review down, the contact asked for first; promotion for
// later purchases; contact details split over lines or written in words; and the clean drafts that sit right next
// to them. [kinds ('+'-joined, '' when clean), 'h' for hard or '' for plain, text]
export type MeaningDraft = [string, 'h' | '', string];

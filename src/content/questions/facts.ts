import { PROFILE_IDS, type ProfileId, type SourceKey } from '../../core/protocol/profile';

/**
 * The facts of the project's clinical reference (shared/reference/clinical.md) that questions and lessons may rest on, one row
 * per statement, so "no question cites a (verify) item" is a check over data rather than a promise.
 *
 * - `sourceKeys`: the clinical.md keys behind the statement.
 * - `attribution`: 'explicit' when clinical.md names the key on that line or in that profile's
 *   column; 'section' when the line carries no key and the key is the one its section is about
 *   (e.g. the CRC course row lists bandaging and fixation; the drowning note's only key is ERC).
 * - `profiles`: the profiles under which clinical.md states the fact (or, for shared sections, all
 *   of them, since none disagrees). A question may hold only for profiles every one of its facts
 *   holds for.
 * - `verify`: clinical.md marks it (verify). Never the basis of a question or a lesson line.
 * - `excluded`: not (verify), but clinical.md says to keep it out of exams or hedges it; lessons
 *   may state it for the profiles it holds for, questions may not.
 */
export interface Fact {
  readonly id: string;
  readonly sourceKeys: readonly SourceKey[];
  readonly attribution: 'explicit' | 'section';
  readonly profiles: readonly ProfileId[];
  readonly verify: boolean;
  readonly excluded?: string;
  /** clinical.md heading the statement sits under. */
  readonly section: string;
  /** The statement, paraphrased closely from clinical.md. */
  readonly text: string;
}

const ALL = PROFILE_IDS;
const CRC: readonly ProfileId[] = ['crc'];
const AHA: readonly ProfileId[] = ['aha2025'];
const ERC: readonly ProfileId[] = ['erc2025'];
const THREE: readonly SourceKey[] = ['CRC', 'AHA2025', 'ERC2025'];

const PT = 'Protocol profiles';
const SEQ = 'Cardiac-arrest sequence';
const AED = 'AED';
const CHOKE = 'Choking';
const BLEED = 'Bleeding control';
const BAND = 'Bandaging and fixation';
const DROWN = 'Drowning note';
const ASSESS = 'Assessment and credit';

type Row = Omit<Fact, 'verify'> & { verify?: boolean };

const rows = [
  // Recognition and the arrest sequence
  { id: 'scene-safe-first', sourceKeys: THREE, attribution: 'explicit', profiles: ALL, section: SEQ, text: 'Every profile begins by making sure the scene is safe.' },
  { id: 'response-check', sourceKeys: THREE, attribution: 'explicit', profiles: ALL, section: SEQ, text: 'Every profile checks responsiveness before anything else is done for the person.' },
  { id: 'call-send-aed', sourceKeys: THREE, attribution: 'explicit', profiles: ALL, section: SEQ, text: 'Every profile calls the emergency number and sends for an AED.' },
  { id: 'crc-response-tap-shout', sourceKeys: ['CRC'], attribution: 'explicit', profiles: CRC, section: SEQ, text: 'crc: check responsiveness by tapping both shoulders and shouting loudly at both ears.' },
  { id: 'crc-call-named-bystander', sourceKeys: ['CRC'], attribution: 'explicit', profiles: CRC, section: SEQ, text: 'crc: shout for help, ask a named bystander to call 120 and fetch an AED.' },
  { id: 'crc-breath-check-5-10s', sourceKeys: ['CRC'], attribution: 'explicit', profiles: CRC, section: SEQ, text: 'crc: check breathing for 5–10 s while looking at the chest, counting "1001, 1002 …" aloud.' },
  { id: 'crc-carotid-pulse-trained', sourceKeys: ['CRC'], attribution: 'explicit', profiles: CRC, section: SEQ, text: 'crc: trained rescuers also check the carotid pulse of adults during the breathing check.' },
  { id: 'crc-note-time', sourceKeys: ['CRC'], attribution: 'explicit', profiles: CRC, section: SEQ, text: 'crc: after the breathing check, note the time (看表记录时间).' },
  { id: 'crc-position-supine-firm', sourceKeys: ['CRC'], attribution: 'explicit', profiles: CRC, section: SEQ, text: 'crc: position supine on a firm flat surface, loosen collar and belt.' },
  { id: 'crc-airway-tilt-chin', sourceKeys: ['CRC'], attribution: 'explicit', profiles: CRC, section: SEQ, text: 'crc: open the airway with head tilt–chin lift and clear visible material from the mouth.' },
  { id: 'crc-sequence', sourceKeys: ['CRC'], attribution: 'explicit', profiles: CRC, section: SEQ, text: 'crc order: scene safe → responsiveness → call for help → breathing check → note time → position → 30 compressions → open airway → 2 breaths → repeat 30:2, AED as soon as it arrives.' },
  { id: 'crc-reassess-5-cycles', sourceKeys: ['CRC'], attribution: 'explicit', profiles: CRC, section: SEQ, text: 'crc: after 5 cycles re-assess.' },
  { id: 'crc-report-wording', sourceKeys: ['CRC'], attribution: 'explicit', profiles: CRC, verify: true, section: SEQ, text: 'crc: the exact wording of the 报告 (report) step.' },
  { id: 'aha-sequence', sourceKeys: ['AHA2025'], attribution: 'explicit', profiles: AHA, section: SEQ, text: 'aha2025 order: scene safe → responsiveness → shout for help, activate emergency response (phone on speaker), get an AED → check breathing and pulse together 5–10 s → CPR 30:2 → AED as soon as available.' },
  { id: 'aha-breath-pulse-together', sourceKeys: ['AHA2025'], attribution: 'explicit', profiles: AHA, section: SEQ, text: 'aha2025: check breathing and pulse together, 5–10 s.' },
  { id: 'aha-lone-child-2min', sourceKeys: ['AHA2025'], attribution: 'explicit', profiles: AHA, verify: true, section: SEQ, text: 'aha2025: lone rescuer, child/infant, unwitnessed arrest: 2 min CPR before leaving to call.' },
  { id: 'erc-sequence', sourceKeys: ['ERC2025'], attribution: 'explicit', profiles: ERC, section: SEQ, text: 'erc2025 order: safety → response → open airway and look, listen, feel for normal breathing up to 10 s → call 112 (speaker), send for AED → 30 compressions, 2 breaths → AED.' },
  { id: 'erc-look-listen-feel', sourceKeys: ['ERC2025'], attribution: 'explicit', profiles: ERC, section: SEQ, text: 'erc2025: open the airway and look, listen and feel for normal breathing for up to 10 s.' },
  { id: 'phone-speaker', sourceKeys: ['AHA2025', 'ERC2025'], attribution: 'explicit', profiles: ['aha2025', 'erc2025'], section: SEQ, text: 'aha2025 and erc2025: call the emergency number with the phone on speaker.' },
  { id: 'breath-check-max-10s', sourceKeys: THREE, attribution: 'explicit', profiles: ALL, section: PT, text: 'The breathing check takes no more than 10 s (crc 5–10 s; aha2025, erc2025 no more than 10 s).' },
  { id: 'agonal-not-breathing', sourceKeys: THREE, attribution: 'explicit', profiles: ALL, section: SEQ, text: 'Agonal (gasping) breathing counts as not breathing in every profile.' },
  { id: 'crc-number-120', sourceKeys: ['CRC'], attribution: 'explicit', profiles: CRC, section: PT, text: 'crc emergency number: 120.' },
  { id: 'aha-number-911', sourceKeys: ['AHA2025'], attribution: 'explicit', profiles: AHA, section: PT, text: 'aha2025 emergency number: 911 (configurable).' },
  { id: 'erc-number-112', sourceKeys: ['ERC2025'], attribution: 'explicit', profiles: ERC, section: PT, text: 'erc2025 emergency number: 112.' },
  { id: 'aed-asap', sourceKeys: ['CRC', 'AHA2025'], attribution: 'explicit', profiles: ['crc', 'aha2025'], section: SEQ, text: 'crc and aha2025: use the AED as soon as it arrives / is available.' },

  // CPR quality
  { id: 'rate-100-120', sourceKeys: THREE, attribution: 'explicit', profiles: ALL, section: PT, text: 'Compression rate 100–120/min in every profile.' },
  { id: 'adult-depth-5-6cm', sourceKeys: THREE, attribution: 'explicit', profiles: ALL, section: PT, text: 'Adult depth 5–6 cm (aha2025: at least 5 cm, not more than 6 cm).' },
  { id: 'child-depth-third-5cm', sourceKeys: THREE, attribution: 'explicit', profiles: ALL, section: PT, text: 'Child depth at least one third of the chest depth, about 5 cm.' },
  { id: 'infant-depth-third-4cm', sourceKeys: THREE, attribution: 'explicit', profiles: ALL, section: PT, text: 'Infant depth one third of the chest depth, about 4 cm.' },
  { id: 'hand-lower-half-sternum', sourceKeys: ['CRC', 'AHA2025'], attribution: 'explicit', profiles: ['crc', 'aha2025'], section: PT, text: 'crc and aha2025: adult hand position on the lower half of the sternum.' },
  { id: 'crc-hand-nipple-line', sourceKeys: ['CRC'], attribution: 'explicit', profiles: CRC, section: PT, text: 'crc: adult hand position at the centre of the line between the nipples (两乳头连线中点).' },
  { id: 'hand-centre-of-chest', sourceKeys: ['AHA2025', 'ERC2025'], attribution: 'explicit', profiles: ['aha2025', 'erc2025'], section: PT, text: 'aha2025 and erc2025: adult hand position in the centre of the chest.' },
  { id: 'ratio-30-2-single', sourceKeys: THREE, attribution: 'explicit', profiles: ALL, section: PT, text: 'Single rescuer ratio 30:2.' },
  { id: 'aha-ratio-30-2-all-ages', sourceKeys: ['AHA2025'], attribution: 'explicit', profiles: AHA, section: PT, text: 'aha2025: single-rescuer 30:2 for adult, child and infant.' },
  { id: 'ratio-15-2-two-rescuer-child', sourceKeys: THREE, attribution: 'explicit', profiles: ALL, section: PT, text: 'Two rescuers, child/infant: 15:2.' },
  { id: 'breath-1s-chest-rise', sourceKeys: THREE, attribution: 'explicit', profiles: ALL, section: PT, text: 'Each breath about 1 s with visible chest rise.' },
  { id: 'interruption-under-10s', sourceKeys: THREE, attribution: 'explicit', profiles: ALL, section: PT, text: 'Interruptions of compressions under 10 s.' },
  { id: 'rescuer-swap-2min', sourceKeys: THREE, attribution: 'explicit', profiles: ALL, section: PT, text: 'Swap the compressing rescuer every 2 min.' },
  { id: 'crc-swap-5-cycles', sourceKeys: ['CRC'], attribution: 'explicit', profiles: CRC, section: PT, text: 'crc: the 2-minute swap is every 5 cycles.' },
  { id: 'aed-reanalysis-2min', sourceKeys: THREE, attribution: 'explicit', profiles: ALL, section: PT, text: 'The AED re-analyses the rhythm every 2 min.' },
  { id: 'full-recoil', sourceKeys: THREE, attribution: 'section', profiles: ALL, section: PT, text: 'Shared target (all profiles): full chest recoil after every compression, no leaning; incomplete when the chest does not return to its resting position.' },
  { id: 'ccf-min-60', sourceKeys: ['AHA2020'], attribution: 'explicit', profiles: ALL, section: PT, text: 'Shared target: chest-compression fraction at least 60%.' },
  { id: 'ccf-80', sourceKeys: ['AHA2020'], attribution: 'section', profiles: ALL, verify: true, section: PT, text: 'An 80% compression-fraction target is often quoted.' },
  { id: 'recoil-tolerance-mm', sourceKeys: ['NILES2011'], attribution: 'section', profiles: ALL, verify: true, section: 'Quality thresholds for scoring', text: 'The exact residual-displacement (mm) threshold for incomplete recoil.' },
  { id: 'niles-leaning-2-5kg', sourceKeys: ['NILES2011'], attribution: 'explicit', profiles: ALL, section: 'Quality thresholds for scoring', text: 'NILES2011 measured leaning as residual force > 2.5 kg.' },
  { id: 'aha-infant-two-thumb-or-heel', sourceKeys: ['AHA2025'], attribution: 'explicit', profiles: AHA, section: 'Infant technique', text: 'aha2025: the two-finger infant technique was removed; use two-thumb encircling or the heel of one hand.' },
  { id: 'infant-two-finger-older', sourceKeys: ['AHA2020', 'CRC'], attribution: 'explicit', profiles: CRC, excluded: 'clinical.md hedges it ("many CRC materials") and leaves it to the profile', section: 'Infant technique', text: 'Older banks (AHA2020, many CRC materials) teach two fingers for a lone rescuer.' },

  // AED (universal steps are keyed to the CRC mnemonic; no profile disagrees)
  { id: 'aed-mnemonic-crc', sourceKeys: ['CRC'], attribution: 'explicit', profiles: CRC, section: AED, text: 'CRC mnemonic 开、贴、插、电: power on, attach pads, plug in, shock.' },
  { id: 'aed-power-on-prompts', sourceKeys: ['CRC'], attribution: 'section', profiles: ALL, section: AED, text: 'Turn the AED on first and follow the voice prompts.' },
  { id: 'aed-expose-dry', sourceKeys: ['CRC'], attribution: 'section', profiles: ALL, section: AED, text: 'Expose the chest; dry it if wet.' },
  { id: 'aed-hair', sourceKeys: ['CRC'], attribution: 'section', profiles: ALL, section: AED, text: 'Shave or remove excess hair if the pads will not stick.' },
  { id: 'aed-remove-patch', sourceKeys: ['CRC'], attribution: 'section', profiles: ALL, section: AED, text: 'Remove medication patches; pads over a patch are a fault.' },
  { id: 'aed-avoid-implant-jewellery', sourceKeys: ['CRC'], attribution: 'section', profiles: ALL, section: AED, text: 'Keep pads away from an implanted device (a lump under the skin) and from jewellery.' },
  { id: 'aed-pads-adult-anterolateral', sourceKeys: ['CRC'], attribution: 'section', profiles: ALL, section: AED, text: 'Adult pads: one below the right collarbone beside the sternum, one on the left side below the armpit.' },
  { id: 'aed-child-pads', sourceKeys: ['CRC'], attribution: 'section', profiles: ALL, section: AED, text: 'Child under 8 years / under 25 kg: child pads or attenuator if available, else adult pads.' },
  { id: 'aed-pads-touch-ap', sourceKeys: ['CRC'], attribution: 'section', profiles: ALL, section: AED, text: 'If pads would touch, place them front and back (anteroposterior); pads touching each other is a fault.' },
  { id: 'aed-infant-ap', sourceKeys: ['CRC'], attribution: 'section', profiles: ALL, section: AED, text: 'Infant: anteroposterior pads.' },
  { id: 'aed-plug-connector', sourceKeys: ['CRC'], attribution: 'section', profiles: ALL, section: AED, text: 'Plug in the connector if not pre-connected.' },
  { id: 'aed-analyse-clear', sourceKeys: ['CRC'], attribution: 'section', profiles: ALL, section: AED, text: 'During analysis nobody touches the patient; CPR stops.' },
  { id: 'aed-shock-clear-press', sourceKeys: ['CRC'], attribution: 'section', profiles: ALL, section: AED, text: 'Shock advised: say "stand clear", look that nobody touches, press the flashing shock button.' },
  { id: 'aed-no-shock-resume', sourceKeys: ['CRC'], attribution: 'section', profiles: ALL, section: AED, text: 'No shock advised: resume CPR at once.' },
  { id: 'aed-after-shock-resume', sourceKeys: ['CRC'], attribution: 'section', profiles: ALL, section: AED, text: 'After a shock resume compressions immediately, without a pulse check.' },
  { id: 'aed-leave-pads-on', sourceKeys: ['CRC'], attribution: 'section', profiles: ALL, section: AED, text: 'Leave pads on; keep going until EMS takes over or the person shows signs of life.' },
  { id: 'aed-fault-standing-water', sourceKeys: ['CRC'], attribution: 'section', profiles: ALL, section: AED, text: 'Standing water: move the person off it and dry the chest.' },
  { id: 'aed-fault-touching', sourceKeys: ['CRC'], attribution: 'section', profiles: ALL, section: AED, text: 'Touching the patient during analysis or shock is a fault.' },
  { id: 'aed-fault-oxygen', sourceKeys: ['CRC'], attribution: 'section', profiles: ALL, section: AED, text: 'Oxygen near the pads is a fault.' },
  { id: 'aed-prompts-zh', sourceKeys: ['CRC'], attribution: 'section', profiles: ALL, verify: true, section: AED, text: 'Chinese AED voice prompts as a real device words them.' },
  { id: 'aed-prompts-en', sourceKeys: ['CRC'], attribution: 'section', profiles: ALL, excluded: 'clinical.md calls the English prompts illustrative, not a device script', section: AED, text: 'Typical English trainer prompts.' },

  // Choking: shared bullets are keyed to CRC (its course row names airway obstruction)
  { id: 'choke-recognise', sourceKeys: ['CRC'], attribution: 'section', profiles: ALL, section: CHOKE, text: 'Severe obstruction: cannot speak, cough or breathe; universal choking sign (hands at the throat).' },
  { id: 'choke-mild-cough', sourceKeys: ['CRC'], attribution: 'section', profiles: ALL, section: CHOKE, text: 'Mild obstruction (can cough, speak): encourage coughing, watch, do not strike.' },
  { id: 'choke-aha-alternate', sourceKeys: ['AHA2025'], attribution: 'explicit', profiles: AHA, section: CHOKE, text: 'aha2025: adult/child severe: alternate 5 back blows and 5 abdominal thrusts until it clears or the person becomes unresponsive.' },
  { id: 'choke-erc-back-then-abdo', sourceKeys: ['ERC2025'], attribution: 'explicit', profiles: ERC, section: CHOKE, text: 'erc2025: 5 back blows, then 5 abdominal thrusts, alternate.' },
  { id: 'choke-crc-heimlich', sourceKeys: ['CRC'], attribution: 'explicit', profiles: CRC, section: CHOKE, text: 'crc: conscious adult or child: abdominal thrusts (Heimlich), about one a second, repeated until the object comes out or the person becomes unresponsive; back blows first are not required for adults (and not an error).' },
  { id: 'choke-crc-back-blows-infant-child', sourceKeys: ['CRC'], attribution: 'explicit', profiles: CRC, section: CHOKE, text: 'crc: back blows are taught for infants and accepted for children.' },
  { id: 'choke-thrust-technique', sourceKeys: ['CRC'], attribution: 'section', profiles: ALL, section: CHOKE, text: 'Abdominal thrusts: stand behind, one foot between the person\'s feet, fist thumb-side in on the midline slightly above the navel, grasp with the other hand, quick inward-upward thrusts.' },
  { id: 'choke-crc-two-fingers-above-navel', sourceKeys: ['CRC'], attribution: 'explicit', profiles: CRC, section: CHOKE, text: 'crc: the fist goes two finger-widths above the navel, well below the breastbone.' },
  { id: 'choke-chest-thrusts-pregnant-obese', sourceKeys: ['CRC'], attribution: 'section', profiles: ALL, section: CHOKE, text: 'Late pregnancy or obesity: chest thrusts instead of abdominal thrusts.' },
  { id: 'choke-self-rescue', sourceKeys: ['CRC'], attribution: 'section', profiles: ALL, section: CHOKE, text: 'Self-rescue: own fist and hand, or thrust the upper abdomen over a chair back or table edge.' },
  { id: 'choke-infant-back-chest', sourceKeys: ['CRC'], attribution: 'section', profiles: ALL, section: CHOKE, text: 'Infant: 5 back blows (face down along the forearm, head lower than chest, heel of hand between the shoulder blades), then 5 chest thrusts, alternating.' },
  { id: 'choke-infant-no-abdominal', sourceKeys: ['CRC'], attribution: 'section', profiles: ALL, section: CHOKE, text: 'No abdominal thrusts for infants.' },
  { id: 'choke-infant-chest-thrust-aha', sourceKeys: ['AHA2025'], attribution: 'explicit', profiles: AHA, section: CHOKE, text: 'aha2025: infant chest thrusts with the heel of one hand on the lower half of the sternum.' },
  { id: 'choke-unresponsive-cpr', sourceKeys: ['CRC'], attribution: 'section', profiles: ALL, section: CHOKE, text: 'Becomes unresponsive: lower to the ground, call the emergency number, start CPR; each time the airway is opened look in the mouth and remove an object only if seen.' },
  { id: 'choke-no-blind-sweep', sourceKeys: ['CRC'], attribution: 'section', profiles: ALL, section: CHOKE, text: 'No blind finger sweep.' },

  // Bleeding control
  { id: 'bleed-protect-self', sourceKeys: ['CRC'], attribution: 'section', profiles: ALL, section: BLEED, text: 'Protect yourself (gloves or a barrier).' },
  { id: 'bleed-direct-pressure', sourceKeys: ['CRC'], attribution: 'section', profiles: ALL, section: BLEED, text: 'Direct pressure on the wound with a dressing, firm and continuous.' },
  { id: 'bleed-add-dressings', sourceKeys: ['CRC'], attribution: 'section', profiles: ALL, section: BLEED, text: 'Add dressings over soaked ones; do not remove them.' },
  { id: 'bleed-pressure-bandage', sourceKeys: ['CRC'], attribution: 'section', profiles: ALL, section: BLEED, text: 'Pressure bandage over the dressing.' },
  { id: 'tq-indication', sourceKeys: ['CRC'], attribution: 'section', profiles: ALL, section: BLEED, text: 'Tourniquet for life-threatening limb bleeding not controlled by pressure.' },
  { id: 'tq-position-5-7cm', sourceKeys: ['CRC'], attribution: 'section', profiles: ALL, section: BLEED, text: 'Tourniquet 5–7 cm above the wound, not over a joint.' },
  { id: 'tq-tighten-until-stops', sourceKeys: ['CRC'], attribution: 'section', profiles: ALL, section: BLEED, text: 'Tighten the tourniquet until the bleeding stops.' },
  { id: 'tq-note-time', sourceKeys: ['CRC'], attribution: 'section', profiles: ALL, section: BLEED, text: 'Write down the time the tourniquet was applied.' },
  { id: 'tq-no-loosen', sourceKeys: ['AHA2025', 'ERC2025'], attribution: 'explicit', profiles: ['aha2025', 'erc2025'], excluded: 'profiles conflict on loosening; clinical.md keeps it out of exams', section: BLEED, text: 'Current AHA/ERC: do not loosen a tourniquet once applied.' },
  { id: 'tq-crc-loosen', sourceKeys: ['CRC'], attribution: 'explicit', profiles: CRC, excluded: 'profiles conflict on loosening; clinical.md keeps it out of exams', section: BLEED, text: 'Older Chinese teaching loosens it periodically (e.g. every 40–60 minutes).' },
  { id: 'bleed-wound-packing', sourceKeys: ['CRC'], attribution: 'section', profiles: ALL, excluded: 'clinical.md: only "where taught"', section: BLEED, text: 'Wound packing for junctional wounds (groin, armpit) where taught.' },
  { id: 'bleed-haemostatic', sourceKeys: ['CRC'], attribution: 'section', profiles: ALL, excluded: 'clinical.md: only "where available"', section: BLEED, text: 'Haemostatic dressings where available.' },

  // Bandaging (the CRC course row names bandaging and fixation)
  { id: 'bandage-circular', sourceKeys: ['CRC'], attribution: 'section', profiles: ALL, section: BAND, text: 'Circular (环形): start and finish of every roller bandage; wrist, forehead; turns fully overlap.' },
  { id: 'bandage-spiral', sourceKeys: ['CRC'], attribution: 'section', profiles: ALL, section: BAND, text: 'Spiral (螺旋): limbs of even girth; each turn covers 1/3–2/3 of the last.' },
  { id: 'bandage-spiral-reverse', sourceKeys: ['CRC'], attribution: 'section', profiles: ALL, section: BAND, text: 'Spiral reverse (螺旋反折): tapering limbs (forearm, calf); reversals in line, not over the wound or a bony prominence.' },
  { id: 'bandage-figure8', sourceKeys: ['CRC'], attribution: 'section', profiles: ALL, section: BAND, text: 'Figure-of-eight (8字): joints (elbow, knee, ankle, hand); crosses over the joint\'s flexion side.' },
  { id: 'bandage-recurrent', sourceKeys: ['CRC'], attribution: 'section', profiles: ALL, section: BAND, text: 'Recurrent (回返): head, stump, fingertips; returns covered by circular turns.' },
  { id: 'bandage-triangular', sourceKeys: ['CRC'], attribution: 'section', profiles: ALL, section: BAND, text: 'Triangular bandage (三角巾): head, shoulder, chest, hand, arm slings; knot off the wound.' },
  { id: 'sling-forearm-above-elbow', sourceKeys: ['CRC'], attribution: 'section', profiles: ALL, section: BAND, text: 'A sling supports the forearm above elbow level.' },
  { id: 'bandage-dressing-covers', sourceKeys: ['CRC'], attribution: 'section', profiles: ALL, section: BAND, text: 'The dressing covers the wound and beyond.' },
  { id: 'bandage-start-end-circular', sourceKeys: ['CRC'], attribution: 'section', profiles: ALL, section: BAND, text: 'A bandage starts and ends with circular turns.' },
  { id: 'bandage-knot-position', sourceKeys: ['CRC'], attribution: 'section', profiles: ALL, section: BAND, text: 'Knot or clip not over the wound and not on the inner side of a limb.' },
  { id: 'bandage-even-firm', sourceKeys: ['CRC'], attribution: 'section', profiles: ALL, section: BAND, text: 'Even, firm pressure.' },
  { id: 'bandage-check-circulation', sourceKeys: ['CRC'], attribution: 'section', profiles: ALL, section: BAND, text: 'Leave fingertips or toes visible to check circulation (colour, warmth, capillary refill) before and after.' },
  { id: 'bandage-distal-to-proximal', sourceKeys: ['CRC'], attribution: 'section', profiles: ALL, section: BAND, text: 'Bandage a limb from distal to proximal.' },

  // Fixation and moving
  { id: 'fix-splint-joints', sourceKeys: ['CRC'], attribution: 'section', profiles: ALL, section: BAND, text: 'The splint is long enough to immobilise the joints above and below the fracture.' },
  { id: 'fix-pad-bony', sourceKeys: ['CRC'], attribution: 'section', profiles: ALL, section: BAND, text: 'Pad bony points.' },
  { id: 'fix-check-cms', sourceKeys: ['CRC'], attribution: 'section', profiles: ALL, section: BAND, text: 'Check circulation, movement and sensation before and after fixation.' },
  { id: 'fix-no-straighten-open', sourceKeys: ['CRC'], attribution: 'section', profiles: ALL, section: BAND, text: 'Do not try to straighten an open fracture.' },
  { id: 'spine-dont-move', sourceKeys: ['CRC'], attribution: 'section', profiles: ALL, section: BAND, text: 'Suspected spine injury: do not move unless in danger.' },
  { id: 'spine-log-roll', sourceKeys: ['CRC'], attribution: 'section', profiles: ALL, section: BAND, text: 'Suspected spine injury: move as one line (轴线翻身).' },

  // Drowning: the note's only key is ERC
  { id: 'drown-asphyxial', sourceKeys: ['ERC2025'], attribution: 'section', profiles: ALL, section: DROWN, text: 'Drowning is an asphyxial arrest.' },
  { id: 'drown-erc-5-breaths', sourceKeys: ['ERC2025'], attribution: 'explicit', profiles: ERC, section: DROWN, text: 'erc2025: drowning, start with 5 rescue breaths before compressions.' },
  { id: 'drown-crc-5-breaths', sourceKeys: ['CRC'], attribution: 'explicit', profiles: CRC, verify: true, section: DROWN, text: 'crc: 5 rescue breaths first in drowning.' },
  { id: 'drown-reach-throw', sourceKeys: ['ERC2025'], attribution: 'section', profiles: ALL, section: DROWN, text: 'Never enter the water without training; reach or throw, don\'t go.' },

  // Assessment (course data, not question material)
  { id: 'exam-pass-80', sourceKeys: ['CRC'], attribution: 'section', profiles: ALL, section: ASSESS, text: 'Theory exams: random draw from a bank mapped to topics; pass mark set by the course, commonly 80%.' },
  { id: 'cert-valid-3y', sourceKeys: ['CRC'], attribution: 'section', profiles: ALL, section: ASSESS, text: 'Digital certificate valid for 3 years (Shanghai model).' },
] as const satisfies readonly Row[];

export type FactId = (typeof rows)[number]['id'];

export const FACTS: readonly Fact[] = rows.map((r: Row) => ({ ...r, verify: r.verify ?? false }));

export const FACT_IDS = rows.map((r) => r.id) as unknown as readonly [FactId, ...FactId[]];

const byId = new Map<string, Fact>(FACTS.map((f) => [f.id, f]));

export function getFact(id: string): Fact | undefined {
  return byId.get(id);
}

/** Why a fact may not back a question, or null if it may. */
export function examBlock(fact: Fact): string | null {
  if (fact.verify) return 'marked (verify) in clinical.md';
  return fact.excluded ?? null;
}

/** Source keys of the given facts, deduplicated, in first-seen order. */
export function sourcesOf(ids: readonly string[]): SourceKey[] {
  const out: SourceKey[] = [];
  for (const id of ids) for (const k of byId.get(id)?.sourceKeys ?? []) if (!out.includes(k)) out.push(k);
  return out;
}

/** Profiles every one of the given facts holds for. */
export function profilesOf(ids: readonly string[]): ProfileId[] {
  return PROFILE_IDS.filter((p) => ids.every((id) => byId.get(id)?.profiles.includes(p) ?? false));
}

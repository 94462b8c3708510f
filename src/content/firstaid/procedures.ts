import type { ProcedureChoice, ProcedureDef, ProcedureHazard, ProcedureStep } from '../../core/firstaid';
import type { SkillCriticalErrorDef, SkillItemDef } from '../../core/skills';

/**
 * Ordered-step procedures (clinical.md "Bandaging (包扎) and fixation", CRC): triangular bandages
 * and slings, splinting a forearm and a lower leg, and moving a casualty with a suspected spinal
 * injury. Only what clinical.md states is checked: the dressing covers the wound and beyond, the
 * knot is off the wound and not on the inner side, a sling holds the forearm above elbow level,
 * circulation (and for fractures movement and sensation) before and after, a splint long enough to
 * immobilise the joints above and below, padded bony points, no straightening an open fracture,
 * no moving a suspected spinal injury unless in danger and then as one line. Points, pass marks and
 * which mistakes are critical are the product's choice.
 */

const L = (zh: string, en: string) => ({ 'zh-CN': zh, en });
type Text = ReturnType<typeof L>;

const step = (id: string, label: Text, choices?: ProcedureChoice[], hint?: Text): ProcedureStep => ({ id, label, ...(choices ? { choices } : {}), ...(hint ? { hint } : {}) });
const right = (id: string, label: Text, why: Text): ProcedureChoice => ({ id, label, correct: true, why });
const wrong = (id: string, label: Text, why: Text, critical?: string): ProcedureChoice => ({ id, label, correct: false, why, ...(critical ? { critical } : {}) });

const itemsOf = (steps: readonly ProcedureStep[], points: Record<string, number> = {}): SkillItemDef[] =>
  steps.map((s) => ({ id: s.id, points: points[s.id] ?? 2, label: s.label }));

const DRESSING = step('dressing', L('敷料覆盖伤口', 'Dressing over the wound'), [
  right('beyond', L('敷料盖住伤口并超出边缘', 'The dressing covers the wound and beyond its edges'), L('敷料应覆盖伤口并超出其边缘。', 'A dressing covers the wound and beyond.')),
  wrong('part', L('敷料只盖住伤口的一部分', 'The dressing covers part of the wound'), L('伤口必须被完全覆盖，并超出边缘。', 'The whole wound must be covered, and beyond its edges.')),
]);

const KNOT = (limb: boolean) =>
  step('knot', L('打结', 'Tie the knot'), [
    right('off', L(limb ? '结打在伤口以外、肢体外侧' : '结打在伤口以外', limb ? 'Away from the wound, on the outer side' : 'Away from the wound'), L('结不能压在伤口上，也不要打在肢体内侧。', 'A knot never sits on the wound or on the inner side of a limb.')),
    wrong('wound', L('结直接打在伤口上', 'Right over the wound'), L('结压在伤口上会造成疼痛和额外压迫。', 'A knot on the wound presses on it.')),
    ...(limb ? [wrong('inner', L('结打在肢体内侧', 'On the inner side of the limb'), L('结不要打在肢体内侧。', 'Keep knots off the inner side of a limb.'))] : []),
  ]);

const CIRC_BEFORE = step('circulationBefore', L('包扎前检查指端血液循环', 'Check circulation in the fingertips before'), undefined, L('颜色、温度、毛细血管充盈', 'Colour, warmth, capillary refill'));
const CIRC_AFTER = step('circulationAfter', L('包扎后再次检查血液循环', 'Check circulation again afterwards'), undefined, L('露出指端，便于观察', 'Fingertips left visible to check'));

const TRI_ERRORS: SkillCriticalErrorDef[] = [];

function triangular(id: string, title: Text, brief: Text, place: ProcedureStep, limb: boolean): ProcedureDef {
  const steps = [...(limb ? [CIRC_BEFORE] : []), DRESSING, place, KNOT(limb), ...(limb ? [CIRC_AFTER] : [])];
  return { id, version: '1', group: 'triangular', title, brief, steps, hazards: [], items: itemsOf(steps, { knot: 3 }), criticalErrors: TRI_ERRORS, passPct: 80 };
}

function sling(id: string, title: Text, brief: Text): ProcedureDef {
  const steps = [
    CIRC_BEFORE,
    step('forearm', L('摆放前臂', 'Position the forearm'), [
      right('above', L('手略高于肘部', 'Hand slightly above elbow level'), L('悬臂带应把前臂托在肘部水平以上。', 'A sling holds the forearm above elbow level.')),
      wrong('below', L('手垂在肘部以下', 'Hand hanging below the elbow'), L('前臂应托在肘部水平以上。', 'The forearm should be held above elbow level.')),
    ]),
    step('support', L('三角巾托住前臂', 'The triangular bandage supports the forearm')),
    KNOT(false),
    step('tips', L('露出指端', 'Leave the fingertips visible'), [
      right('visible', L('指端露在外面', 'Fingertips showing'), L('露出指端才能观察血液循环。', 'Visible fingertips let you check circulation.')),
      wrong('covered', L('把手指全部包住', 'Fingers wrapped in'), L('要露出指端观察血液循环。', 'Leave the fingertips out to check circulation.')),
    ]),
    CIRC_AFTER,
  ];
  return { id, version: '1', group: 'triangular', title, brief, steps, hazards: [], items: itemsOf(steps, { forearm: 3 }), criticalErrors: TRI_ERRORS, passPct: 80 };
}

export const TRIANGULAR: readonly ProcedureDef[] = [
  triangular('triHead', L('三角巾头部包扎', 'Triangular bandage: head'), L('头部伤口已覆盖敷料，用三角巾固定。', 'A head wound under a dressing, held with a triangular bandage.'), step('place', L('三角巾覆盖头部并包住敷料', 'Spread the bandage over the head, over the dressing')), false),
  triangular('triShoulder', L('三角巾肩部包扎', 'Triangular bandage: shoulder'), L('肩部伤口，用三角巾包扎。', 'A shoulder wound bandaged with a triangular bandage.'), step('place', L('三角巾覆盖肩部和敷料', 'Lay the bandage over the shoulder and the dressing')), true),
  triangular('triChest', L('三角巾胸部包扎', 'Triangular bandage: chest'), L('胸部伤口，用三角巾包扎。', 'A chest wound bandaged with a triangular bandage.'), step('place', L('三角巾覆盖胸部和敷料', 'Lay the bandage over the chest and the dressing')), false),
  triangular('triHand', L('三角巾手部包扎', 'Triangular bandage: hand'), L('手背伤口，用三角巾包扎。', 'A wound on the back of the hand bandaged with a triangular bandage.'), step('place', L('手放在三角巾上，包住手和敷料', 'Hand on the bandage, wrapped over the hand and dressing')), true),
  sling('slingLarge', L('大悬臂带', 'Large arm sling'), L('前臂受伤，用大悬臂带托起前臂。', 'An injured forearm supported in a large arm sling.')),
  sling('slingSmall', L('小悬臂带', 'Small arm sling'), L('用小悬臂带托起前臂。', 'The forearm supported in a small arm sling.')),
];

const CMS_BEFORE = step('cmsBefore', L('固定前检查血液循环、运动和感觉', 'Check circulation, movement and sensation before'), undefined, L('远端：颜色、温度、能否活动、有无感觉', 'Below the injury: colour, warmth, can move, can feel'));
const CMS_AFTER = step('cmsAfter', L('固定后再次检查血液循环、运动和感觉', 'Check circulation, movement and sensation again afterwards'));
const PAD = step('pad', L('在骨突处加衬垫', 'Pad the bony points'));
const TIE = step('tie', L('绑扎固定夹板', 'Tie the splint in place'));

const STRAIGHTEN: ProcedureHazard = {
  id: 'straighten',
  label: L('把骨折处拉直复位', 'Straighten the broken bone'),
  critical: 'straightenedOpenFracture',
  why: L('不要试图拉直开放性骨折。', 'Never try to straighten an open fracture.'),
};

const SPLINT_ERRORS: SkillCriticalErrorDef[] = [
  { id: 'straightenedOpenFracture', label: L('试图拉直开放性骨折', 'Tried to straighten an open fracture') },
  { id: 'shortSplint', label: L('夹板未超过骨折上下两个关节', 'Splint did not cross the joints above and below') },
];

export const SPLINTS: readonly ProcedureDef[] = (() => {
  const forearmSteps = [
    CMS_BEFORE,
    step('splint', L('选择夹板', 'Choose the splint'), [
      right('long', L('从肘部以上到腕部以外', 'From above the elbow to beyond the wrist'), L('夹板要超过骨折上下两个关节（肘和腕）。', 'The splint must immobilise the joints above and below (elbow and wrist).')),
      wrong('short', L('只盖住骨折处', 'Covers the break only'), L('太短：要固定骨折上下两个关节。', 'Too short: it must hold the joints above and below.'), 'shortSplint'),
    ]),
    PAD,
    TIE,
    CMS_AFTER,
  ];
  const legSteps = [
    CMS_BEFORE,
    step('cover', L('用敷料覆盖开放伤口', 'Cover the open wound with a dressing'), undefined, L('不要把露出的骨端推回去', 'Do not push a bone end back in')),
    step('splint', L('选择夹板', 'Choose the splint'), [
      right('long', L('从大腿中部到足跟以外', 'From mid-thigh to beyond the heel'), L('夹板要超过骨折上下两个关节（膝和踝）。', 'The splint must immobilise the joints above and below (knee and ankle).')),
      wrong('short', L('从膝下到踝上', 'From below the knee to above the ankle'), L('太短：要固定膝关节和踝关节。', 'Too short: it must hold the knee and the ankle.'), 'shortSplint'),
    ]),
    PAD,
    TIE,
    CMS_AFTER,
  ];
  return [
    { id: 'forearm', version: '1', group: 'splint', title: L('前臂骨折固定', 'Forearm fracture: splint'), brief: L('摔倒时用手撑地，前臂肿胀变形，疑似闭合性骨折。', 'A fall onto the hand; the forearm is swollen and deformed: a suspected closed fracture.'), steps: forearmSteps, hazards: [], items: itemsOf(forearmSteps, { splint: 3 }), criticalErrors: SPLINT_ERRORS, passPct: 80 },
    { id: 'lowerLeg', version: '1', group: 'splint', title: L('小腿开放性骨折固定', 'Open lower-leg fracture: splint'), brief: L('小腿骨折，伤口处可见骨端。', 'A broken lower leg with a bone end visible in the wound.'), steps: legSteps, hazards: [STRAIGHTEN], items: itemsOf(legSteps, { splint: 3 }), criticalErrors: SPLINT_ERRORS, passPct: 80 },
  ];
})();

const MOVE_ERRORS: SkillCriticalErrorDef[] = [
  { id: 'movedWithoutDanger', label: L('无危险时搬动疑似脊柱损伤者', 'Moved a suspected spinal injury with no danger') },
  { id: 'twisted', label: L('翻身时身体扭转（未保持轴线）', 'Twisted the body while rolling (not as one line)') },
];

export const MOVING: readonly ProcedureDef[] = (() => {
  const stay = [
    step('decide', L('工地坠落，疑似脊柱损伤，周围安全。是否搬动？', 'A fall on a building site: suspected spinal injury, the place is safe. Move them?'), [
      right('stay', L('不搬动，保持不动，等待专业救援', 'Do not move them; keep them still until help arrives'), L('疑似脊柱损伤：除非有危险，否则不要搬动。', 'Suspected spinal injury: do not move unless in danger.')),
      wrong('move', L('搬到更舒服的地方', 'Move them somewhere more comfortable'), L('没有危险时不要搬动疑似脊柱损伤者。', 'Without danger, a suspected spinal injury is not moved.'), 'movedWithoutDanger'),
    ]),
  ];
  const roll = [
    step('decide', L('伤者仰卧在燃起浓烟的车旁，疑似脊柱损伤。是否搬动？', 'Lying beside a car giving off thick smoke, suspected spinal injury. Move them?'), [
      right('move', L('有危险：必须搬离，并保持轴线', 'In danger: they must be moved, as one line'), L('有危险时才搬动，并保持头、颈、躯干成一直线。', 'Move only when in danger, keeping head, neck and body in one line.')),
      wrong('stay', L('不搬动，原地等待', 'Leave them where they are'), L('现场有危险时必须转移。', 'When the place is dangerous they must be moved.')),
    ]),
    step('head', L('一人固定头颈，与躯干保持一线', 'One person holds the head and neck in line with the body')),
    step('helpers', L('助手扶住躯干和下肢，准备一起转动', 'Helpers hold the body and legs, ready to turn together')),
    step('roll', L('一起翻转，头、颈、躯干保持一线', 'Roll together, head, neck and body in one line')),
  ];
  const TWIST: ProcedureHazard = { id: 'twist', label: L('先拉肩膀把人翻过来', 'Pull the shoulders round first'), critical: 'twisted', why: L('轴线翻身：头、颈、躯干必须同时转动。', 'Log-roll: head, neck and body turn together.') };
  return [
    { id: 'spineStay', version: '1', group: 'moving', title: L('何时不搬动', 'When not to move'), brief: L('判断疑似脊柱损伤者是否需要搬动。', 'Decide whether a casualty with a suspected spinal injury should be moved.'), steps: stay, hazards: [], items: itemsOf(stay, { decide: 4 }), criticalErrors: MOVE_ERRORS, passPct: 80 },
    { id: 'logRoll', version: '1', group: 'moving', title: L('轴线翻身', 'Log-roll as one line'), brief: L('有危险时，多人协作把疑似脊柱损伤者作为一个整体翻身。', 'In danger, helpers roll a casualty with a suspected spinal injury as one line.'), steps: roll, hazards: [TWIST], items: itemsOf(roll), criticalErrors: MOVE_ERRORS, passPct: 80 },
  ];
})();

export const PROCEDURES: readonly ProcedureDef[] = [...TRIANGULAR, ...SPLINTS, ...MOVING];

export function getProcedure(id: string): ProcedureDef | undefined {
  return PROCEDURES.find((p) => p.id === id);
}

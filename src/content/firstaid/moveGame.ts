import type { MoveGameDef, MoveOption, MoveRound } from '../../core/firstaid';
import type { SkillCriticalErrorDef } from '../../core/skills';
import type { FactId } from '../questions/facts';

/**
 * "搬不搬？怎么搬" / "Move or not, and how": a timed quiz-game on the decisions of moving a
 * casualty. Every right answer rests on the fact rows cited in `facts` (clinical.md, through
 * `src/content/questions/facts.ts`): a suspected spinal injury is not moved unless in danger and
 * then as one line; someone in standing water is moved off it before the AED; reach or throw,
 * don't go into the water; the scene is made safe first; an open fracture is not straightened and
 * its splint holds the joints above and below. clinical.md names no carry (one-person carries,
 * seat carries, stretchers), so the game asks nothing about them. The time limit, the points, the
 * pass mark and which mistakes are critical are the product's choice.
 */

const L = (zh: string, en: string) => ({ 'zh-CN': zh, en });
type Text = ReturnType<typeof L>;

/** The pictures the screen draws, one per round (decorative: the text carries the meaning). */
export const MOVE_SCENES = ['scaffold', 'smoke', 'roll', 'puddle', 'water', 'road', 'fracture'] as const;
export type MoveScene = (typeof MOVE_SCENES)[number];

export interface MoveGameRound extends MoveRound {
  scene: MoveScene;
  facts: readonly FactId[];
}

export interface MoveGameContent extends MoveGameDef {
  rounds: readonly MoveGameRound[];
}

const right = (id: string, label: Text, why: Text): MoveOption => ({ id, label, correct: true, why });
const wrong = (id: string, label: Text, why: Text, critical?: string): MoveOption => ({ id, label, correct: false, why, ...(critical ? { critical } : {}) });

const CRITICAL: SkillCriticalErrorDef[] = [
  { id: 'movedWithoutDanger', label: L('无危险时搬动疑似脊柱损伤者', 'Moved a suspected spinal injury with no danger') },
  { id: 'twisted', label: L('搬动时身体扭转（未保持轴线）', 'Twisted the body while moving it (not as one line)') },
  { id: 'straightenedOpenFracture', label: L('试图拉直开放性骨折', 'Tried to straighten an open fracture') },
  { id: 'shortSplint', label: L('夹板未超过骨折上下两个关节', 'Splint did not cross the joints above and below') },
];

const ROUNDS: readonly MoveGameRound[] = [
  {
    id: 'siteFall',
    scene: 'scaffold',
    title: L('工地坠落，周围安全', 'A fall on a building site, the place is safe'),
    situation: L('一名工人从脚手架上摔下，仰卧在地，疑似脊柱损伤。周围没有任何危险。你怎么做？', 'A worker has fallen from scaffolding and lies on his back: a suspected spinal injury. Nothing around him is dangerous. What do you do?'),
    options: [
      right('stay', L('不搬动他，让他保持不动，等待专业救援', 'Leave him where he is and keep him still until help arrives'), L('疑似脊柱损伤：除非有危险，否则不要搬动。', 'Suspected spinal injury: do not move them unless they are in danger.')),
      wrong('carry', L('把他抬到阴凉舒服的地方', 'Carry him somewhere shady and comfortable'), L('没有危险时，不要搬动疑似脊柱损伤者。', 'With no danger, a suspected spinal injury is not moved.'), 'movedWithoutDanger'),
      wrong('sitUp', L('扶他坐起来，看看能不能走', 'Help him sit up to see whether he can walk'), L('扶起来也是搬动：疑似脊柱损伤又没有危险，就不要动他。', 'Sitting him up is moving him: with a suspected spinal injury and no danger, leave him still.'), 'movedWithoutDanger'),
    ],
    facts: ['spine-dont-move'],
  },
  {
    id: 'carSmoke',
    scene: 'smoke',
    title: L('车旁冒浓烟，疑似脊柱损伤', 'Thick smoke beside a car, suspected spinal injury'),
    situation: L('车祸后，一名疑似脊柱损伤的伤者躺在冒出浓烟的汽车旁。有几位路人可以帮忙。怎么办？', 'After a crash, a casualty with a suspected spinal injury lies beside a car giving off thick smoke. A few bystanders can help. What now?'),
    options: [
      right('oneLine', L('有危险，要搬离：和帮手一起，头、颈、躯干保持一条直线移动', 'They are in danger and must be moved: with the helpers, keep head, neck and body in one line'), L('疑似脊柱损伤只有在危险时才搬动，搬动时保持轴线：头、颈、躯干成一直线。', 'A suspected spinal injury is moved only when in danger, and then as one line: head, neck and body together.')),
      wrong('leave', L('不搬动，原地等待救援', 'Leave them where they are and wait for help'), L('“不搬动”的前提是没有危险；浓烟就是危险，要把伤者移离。', '"Do not move" holds only when there is no danger; the smoke is a danger, so move them away.')),
      wrong('drag', L('一个人抓住肩膀把伤者拖走', 'Drag them away alone by the shoulders'), L('拉肩膀会使身体扭转：要和帮手一起，保持轴线移动。', 'Pulling by the shoulders twists the body: move them as one line, with helpers.'), 'twisted'),
    ],
    facts: ['spine-dont-move', 'spine-log-roll'],
  },
  {
    id: 'logRoll',
    scene: 'roll',
    title: L('轴线翻身', 'Rolling as one line'),
    situation: L('一名疑似脊柱损伤的伤者处境危险，必须翻身后移走。你有两位帮手。怎样翻身？', 'A casualty with a suspected spinal injury is in danger and has to be rolled to be moved. You have two helpers. How do you roll them?'),
    options: [
      right('together', L('一人固定头颈，其他人扶住躯干和双腿，大家一起转动', 'One holds the head and neck, the others hold the body and legs, and all turn together'), L('轴线翻身：头、颈、躯干作为一个整体同时转动。', 'Log-roll: head, neck and body turn together, as one line.')),
      wrong('shoulders', L('先拉肩膀把上身翻过来，腿随后再翻', 'Pull the shoulders round first, then turn the legs'), L('先翻上身，身体就扭转了：必须同时转动，保持一线。', 'Turning the upper body first twists the body: everything turns at once, in one line.'), 'twisted'),
      wrong('headLast', L('先翻身体，最后再转头', 'Roll the body first and turn the head last'), L('头颈要和躯干同时转动，保持一线。', 'The head and neck turn with the body, in one line.'), 'twisted'),
    ],
    facts: ['spine-log-roll'],
  },
  {
    id: 'standingWater',
    scene: 'puddle',
    title: L('倒在积水中，AED 已送到', 'Lying in standing water, the AED has arrived'),
    situation: L('一个人倒在雨后的积水中，没有反应，没有正常呼吸，有人正在做心肺复苏。AED 刚刚送到。先做什么？', 'Someone lies in a puddle of standing water after rain: unresponsive, not breathing normally, CPR under way. The AED has just arrived. What first?'),
    options: [
      right('moveDry', L('把他移离积水，擦干胸部，再贴电极片', 'Move them off the water, dry the chest, then attach the pads'), L('AED 安全：人躺在积水中时，要先移离积水并擦干胸部。', 'AED safety: someone lying in standing water is moved off it and the chest dried.')),
      wrong('padsNow', L('就在原地马上贴电极片', 'Attach the pads right where they lie'), L('躺在积水中是 AED 的安全问题：先移离积水并擦干胸部。', 'Standing water is an AED safety fault: move them off it and dry the chest first.')),
      wrong('skipAed', L('有水就不用 AED，只做按压', 'With water about, skip the AED and only compress'), L('不必放弃 AED：把人移离积水、擦干胸部，再使用 AED。', 'No need to give up the AED: move them off the water, dry the chest, then use it.')),
    ],
    facts: ['aed-fault-standing-water', 'aed-expose-dry'],
  },
  {
    id: 'inWater',
    scene: 'water',
    title: L('有人在水中挣扎', 'Someone struggling in the water'),
    situation: L('有人在河里挣扎，离岸不远。你没有受过水上救援训练。怎么办？', 'Someone is struggling in a river, not far from the bank. You have no water-rescue training. What do you do?'),
    options: [
      right('reachThrow', L('留在岸上，用竹竿递给他，或抛给他能漂浮的东西', 'Stay on the bank: reach out with a pole or throw them something that floats'), L('未经训练不要下水：递物或抛物施救，不要下水。', 'Never go into the water without training: reach or throw, don\'t go.')),
      wrong('swim', L('跳下水，游过去把他拉回来', 'Jump in and swim out to pull them back'), L('未经训练，绝不下水救人：递物或抛物。', 'Without training, never go into the water: reach or throw.')),
      wrong('wade', L('先走进浅水里，伸手去拉他', 'Wade into the shallows to grab them'), L('走进水里也是下水：留在岸上递物或抛物。', 'Wading in is still going in: stay on the bank and reach or throw.')),
    ],
    facts: ['drown-reach-throw'],
  },
  {
    id: 'road',
    scene: 'road',
    title: L('有人倒在马路上', 'Someone collapsed on a road'),
    situation: L('有人倒在车来车往的马路上。你第一步做什么？', 'Someone has collapsed on a road with traffic going past. What is your first step?'),
    options: [
      right('safeFirst', L('先确认现场安全：看清来往车辆，确保自己和伤者不会被撞', 'Make sure the scene is safe first: watch the traffic so neither of you is hit'), L('救护的第一步是确认现场安全。', 'First aid starts by making sure the scene is safe.')),
      wrong('runIn', L('立刻冲到路中间去查看', 'Run straight into the road to check on them'), L('先确认现场安全，不要直接冲进车流。', 'Make sure the scene is safe first; do not run straight into the traffic.')),
      wrong('startNow', L('不看周围，马上在原地检查和按压', 'Start checking and compressing where they lie, without looking around'), L('做任何救护之前，先确认现场安全。', 'Before doing anything for the person, make sure the scene is safe.')),
    ],
    facts: ['scene-safe-first'],
  },
  {
    id: 'openFracture',
    scene: 'fracture',
    title: L('小腿开放性骨折，转运前', 'Open lower-leg fracture, before transport'),
    situation: L('小腿骨折，伤口处露出骨端。转运前要先固定。怎么做？', 'A broken lower leg with a bone end showing in the wound. It has to be splinted before transport. What do you do?'),
    options: [
      right('splintLong', L('不拉直；夹板从大腿中部到足跟以外，固定膝和踝', 'Do not straighten it; splint from mid-thigh to past the heel, holding the knee and the ankle'), L('不要试图拉直开放性骨折；夹板要固定骨折上下两个关节（膝和踝）。', 'Never try to straighten an open fracture; the splint holds the joints above and below (knee and ankle).')),
      wrong('straighten', L('先把腿拉直，再上夹板', 'Straighten the leg first, then splint it'), L('不要试图拉直开放性骨折。', 'Never try to straighten an open fracture.'), 'straightenedOpenFracture'),
      wrong('short', L('不拉直；夹板从膝下到踝上', 'Do not straighten it; splint from below the knee to above the ankle'), L('太短：夹板要固定膝关节和踝关节。', 'Too short: the splint must hold the knee and the ankle.'), 'shortSplint'),
    ],
    facts: ['fix-no-straighten-open', 'fix-splint-joints'],
  },
];

export const MOVE_GAME: MoveGameContent = {
  id: 'moveGame',
  version: '1',
  title: L('搬不搬？怎么搬', 'Move or not, and how'),
  brief: L('每一关是一个现场：在时间用完之前，选出正确的做法。', 'Each round is a scene: pick the right thing to do before the time runs out.'),
  roundTimeMs: 20_000,
  pointsPerRound: 1,
  passPct: 80,
  rounds: ROUNDS,
  criticalErrors: CRITICAL,
};

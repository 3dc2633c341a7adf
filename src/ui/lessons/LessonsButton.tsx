import { useFranz } from '../../store/store';

/** Opens the list of lessons; it says how many are finished. */
export function LessonsButton() {
  const open = useFranz((s) => s.setLessonsOpen);
  return (
    <button type="button" className="button lessons-button" onClick={() => open(true)}>
      Lessons
    </button>
  );
}

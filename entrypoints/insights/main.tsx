import { render } from 'preact';
import { Insights } from '../../components/insights/Insights';
import { DiploLensDB } from '../../utils/db/database';
import '../../assets/page.css';

render(<Insights db={new DiploLensDB()} />, document.getElementById('app')!);

import { describe, expect, it } from 'vitest';
import { peopleFromSpans } from './person-mentions';

describe('addListMiddles: an item of a list between two full names', () => {
  it('takes a two-word item behind و between two names found', () => {
    const text = 'وشارك في العرض سامي الفارس، وزاهر كوليني، منير الحداد على المسرح';
    expect(peopleFromSpans(text, ['سامي الفارس', 'منير الحداد'])).toEqual(['سامي الفارس', 'زاهر كوليني', 'منير الحداد']);
  });

  it('takes a two-word item between commas, with no و, between two names found, and the given name behind a و there', () => {
    const text = 'واللاعبون: محمد عبد الشافي، مهند عسيري، رائد الغامدي، نبيل بهوي، فهد حمد.';
    expect(peopleFromSpans(text, ['محمد عبد الشافي', 'مهند عسيري', 'نبيل بهوي', 'فهد حمد'])).toEqual(['محمد عبد الشافي', 'مهند عسيري', 'رائد الغامدي', 'نبيل بهوي', 'فهد حمد']);
    const lone = 'واللاعبون: عمر السومة، سلمان المؤشر، صالح العمري في القائمة';
    expect(peopleFromSpans(lone, ['عمر السومة', 'سلمان', 'صالح العمري'])).toEqual(['عمر السومة', 'سلمان المؤشر', 'صالح العمري']);
    const wa = 'وتمثيل الفنانات: رنا مغربل، وأمل النابلسي، سامية البشري، في العرض';
    expect(peopleFromSpans(wa, ['رنا مغربل', 'سامية البشري'])).toEqual(['رنا مغربل', 'أمل النابلسي', 'سامية البشري']);
  });

  it('leaves an item between commas that holds a place, or a common word after a common given name', () => {
    const place = 'وحضر محمد عسيري، مدينة جدة، فهد حمد في الحفل';
    expect(peopleFromSpans(place, ['محمد عسيري', 'فهد حمد'])).toEqual(['محمد عسيري', 'فهد حمد']);
    const common = 'وحضر محمد عسيري، رائد الأعمال، فهد حمد في الحفل';
    expect(peopleFromSpans(common, ['محمد عسيري', 'فهد حمد'])).toEqual(['محمد عسيري', 'فهد حمد']);
  });

  it('leaves an item with a pronoun or a title', () => {
    const text = 'وشارك في العرض سامي الفارس، وشقيقه كوليني، منير الحداد على المسرح';
    expect(peopleFromSpans(text, ['سامي الفارس', 'منير الحداد'])).toEqual(['سامي الفارس', 'منير الحداد']);
    const other = 'وشارك في العرض سامي الفارس، ووزير كوليني، منير الحداد على المسرح';
    expect(peopleFromSpans(other, ['سامي الفارس', 'منير الحداد'])).toEqual(['سامي الفارس', 'منير الحداد']);
  });

  it('takes a given name the lists also know as a modifier when the tagger read the next word as a person', () => {
    const text = 'وشارك في العمل نادر الحلبي وباسم كرتوني ومازن الفاضل في البطولة';
    expect(peopleFromSpans(text, ['نادر الحلبي', 'كرتوني', 'مازن الفاضل'])).toEqual(['نادر الحلبي', 'باسم كرتوني', 'مازن الفاضل']);
  });

  it('takes a family name that is also a common word after a listed given name, not a kin noun with its pronoun', () => {
    const text = 'وتضم القائمة طارق حامد ومحمد شعبان وخالد قمر وأيمن حفني وباسم مرسي في الهجوم';
    expect(peopleFromSpans(text, ['طارق حامد', 'محمد شعبان', 'باسم مرسي'])).toEqual(['طارق حامد', 'محمد شعبان', 'خالد قمر', 'أيمن حفني', 'باسم مرسي']);
    const kin = 'مثل تيودور روزفلت وابن عمه فرانكلين روزفلت في الحكم';
    expect(peopleFromSpans(kin, ['تيودور روزفلت', 'فرانكلين روزفلت'])).toEqual(['تيودور روزفلت', 'فرانكلين روزفلت']);
  });

  it('leaves a common noun with the article before an item’s name: its title', () => {
    const text = 'وشارك في الحفل أحمد رزق ، وغادة عادل وياسمين عبد العزيز ، والراقصة دينا ، ومدحت صالح';
    expect(peopleFromSpans(text, ['أحمد رزق', 'غادة عادل', 'ياسمين عبد العزيز', 'دينا', 'مدحت صالح'])).toEqual(['أحمد رزق', 'غادة عادل', 'ياسمين عبد العزيز', 'دينا', 'مدحت صالح']);
  });

  it('takes a given name the corpora show only as a person\'s before a family name that is a common word', () => {
    const text = 'وتضم القائمة محمد كوفي وحمادة طلبة وإسلام جمال وأحمد سمير في الهجوم';
    expect(peopleFromSpans(text, ['محمد كوفي', 'أحمد سمير'])).toEqual(['محمد كوفي', 'حمادة طلبة', 'إسلام جمال', 'أحمد سمير']);
    // A common word behind و is no given name there.
    const common = 'وتضم القائمة محمد كوفي وطالب طلبة وأحمد سمير في الهجوم';
    expect(peopleFromSpans(common, ['محمد كوفي', 'أحمد سمير'])).toEqual(['محمد كوفي', 'أحمد سمير']);
  });
});
